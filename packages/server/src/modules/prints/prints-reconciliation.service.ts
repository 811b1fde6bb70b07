import type { ReconciliationReply, ReconciliationRow } from '@sigap/contracts';
import { regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import {
  blankoConsumedByLocation,
  cardsByOffice,
  importedPrintsByVillage,
  regionNames,
} from './prints.repository';

/** The regency/city a code lies in (null above it: the centre and provinces print nothing). */
function regencyOf(code: string): string | null {
  const parts = code.split('.');
  return parts.length >= 2 ? parts.slice(0, 2).join('.') : null;
}

/**
 * Blanko reconciliation per regency: what left the ledger by printing (consume + spoil lines) against
 * what explains it: cards printed in Sigap, print-status moves from SIAK imports (cards printed on SIAK's
 * own workstation), and spoiled cards. A positive gap is blanko gone without a card to show for it; a
 * negative one is cards printed with blanko the ledger never received (an unrecorded delivery).
 */
export async function reconciliation(
  handle: Db,
  ctx: RequestContext,
  region: string | undefined,
): Promise<ReconciliationReply> {
  const scope = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'print.read', scope);
  const rows = new Map<string, ReconciliationRow>();
  const row = (code: string | null) => {
    if (!code) return null;
    if (regionLevel(scope) === 'regency' && code !== scope) return null;
    let r = rows.get(code);
    if (!r) {
      r = {
        regionCode: code,
        regionName: code,
        blankoConsumed: 0,
        printedInSigap: 0,
        printedByImport: 0,
        spoiled: 0,
        gap: 0,
      };
      rows.set(code, r);
    }
    return r;
  };
  for (const l of await blankoConsumedByLocation(handle.db, scope)) {
    const r = row(regencyOf(l.location_code));
    if (r) r.blankoConsumed += Number(l.n);
  }
  for (const c of await cardsByOffice(handle.db, scope)) {
    const r = row(regencyOf(c.office_code));
    if (!r) continue;
    if (Number(c.spoiled) === 1) r.spoiled += Number(c.n);
    else r.printedInSigap += Number(c.n);
  }
  for (const v of await importedPrintsByVillage(handle.db, scope)) {
    const r = row(regencyOf(v.village_code));
    if (r) r.printedByImport += Number(v.n);
  }
  const names = new Map((await regionNames(handle.db, [...rows.keys()])).map((n) => [n.code, n.name]));
  const out = [...rows.values()].map((r) => ({
    ...r,
    regionName: names.get(r.regionCode) ?? r.regionCode,
    gap: r.blankoConsumed - (r.printedInSigap + r.printedByImport + r.spoiled),
  }));
  return { rows: out.sort((a, b) => a.regionCode.localeCompare(b.regionCode)) };
}
