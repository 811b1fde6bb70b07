import { letterheadScopeOf } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize, inScope } from '../access';
import { getElection } from '../elections';
import { findRegionsByCode } from '../regions';
import { letterheadFor } from '../settings';
import { type SuketPage, suketsPdf } from './suket-pdf';
import { suketLinks } from './sukets.commands';
import { suketErrors } from './sukets.errors';
import { type SuketWithHolder, suketWithHolder } from './sukets.repository';

/** The page of one suket: its regency office's letterhead, the village's name path and the election. */
export async function pageOf(handle: Db, s: SuketWithHolder, origin: string): Promise<SuketPage> {
  const { letterhead } = await letterheadFor(handle.db, letterheadScopeOf(s.region_code));
  const codes = [s.region_code, s.region_code.slice(0, 8), s.region_code.slice(0, 5)];
  const names = new Map((await findRegionsByCode(handle.db, codes)).map((r) => [r.code, r.name]));
  const regionName = codes
    .map((c) => names.get(c))
    .filter(Boolean)
    .join(', ');
  const election = await getElection(handle, Number(s.election_id));
  return {
    suket: s,
    letterhead,
    regionName,
    electionName: election.name,
    verifyUrl: suketLinks(origin, s).verifyUrl,
  };
}

/** The office's copy (suket.read in scope). */
export async function suketPdfForOffice(handle: Db, ctx: RequestContext, id: number, origin: string) {
  authorize(ctx.user, 'suket.read');
  const s = await suketWithHolder(handle.db, { id });
  if (!s || !inScope(ctx.user, s.region_code)) throw suketErrors.notFound();
  return { number: s.number, body: await suketsPdf([await pageOf(handle, s, origin)]) };
}

/** The resident's copy through the random key of the WhatsApp link (no login). */
export async function suketPdfByKey(handle: Db, key: string, origin: string) {
  const s = await suketWithHolder(handle.db, { pdfKey: key });
  if (!s) throw suketErrors.notFound();
  return { number: s.number, body: await suketsPdf([await pageOf(handle, s, origin)]) };
}
