import { officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { electionsFrom } from '../elections';
import { unprintedRecordedResidents } from './suket-batch.repository';
import { suketNumberFormat } from './suket-number-format';
import { policyOf } from './suket-policy.service';
import { issueSuketCommand } from './sukets.commands';
import { countSukets } from './sukets.repository';
import { refusalsFor } from './sukets.service';

const DEMO_REGION = '18.71';
const DEMO_COUNT = 5;

/**
 * First start: a few sukets in Bandar Lampung for the coming election, issued by "[DEMO] Petugas" (the
 * signer's name marks them as demo), so the list, the PDF and the verification page have something to show.
 * Only when no suket exists yet; every one passes the issuance rules like a real one.
 */
export async function seedDemoSukets(handle: Db, now: Date): Promise<number> {
  if ((await countSukets(handle.db)) > 0) return 0;
  const today = officeToday(DEMO_REGION, now);
  const election = (await electionsFrom(handle, today)).find((e) =>
    e.regionCodes.some((c) => c === 'ID' || DEMO_REGION.startsWith(c) || c.startsWith(DEMO_REGION)),
  );
  if (!election) return 0;
  const policy = await policyOf(handle, election);
  let issued = 0;
  for (const r of await unprintedRecordedResidents(handle.db, DEMO_REGION, DEMO_COUNT * 4)) {
    if (issued >= DEMO_COUNT) break;
    if ((await refusalsFor(handle, r, election, now)).length > 0) continue;
    await issueSuketCommand(
      handle,
      {
        resident: r,
        electionId: election.id,
        validFrom: officeToday(r.village_code, now),
        validUntil: policy.validUntil,
        numberFormat: await suketNumberFormat(handle.db, r.village_code),
        deliverVia: null,
      },
      { actor: null, ip: null, signerName: '[DEMO] Petugas Dukcapil' },
      now,
    );
    issued++;
  }
  return issued;
}
