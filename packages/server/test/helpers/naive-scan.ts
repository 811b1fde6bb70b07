import type { CountedFigures } from '@sigap/contracts';
import {
  isFirstTimeVoter,
  isPresentOn,
  isPrintReady,
  isRecorded,
  isVoter,
  mustHoldId,
  needsRerecording,
  type RecordingStatus,
} from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database, ResidentRow } from '../../src/db/schema';
import { withinRegion } from '../../src/db/scope-filter';
import { EMPTY_FIGURES } from '../../src/modules/counters';
import { factsOf } from '../../src/modules/residents';

/**
 * The test oracle of the counters (and the benchmark's baseline): coverage figures computed by reading every
 * resident and applying the domain rules one by one. Test code only: no service may scan residents.
 */

/** Adds one resident to figures by the domain rules directly: the oracle the counters are tested against. */
export function addToFigures(f: CountedFigures, r: ResidentRow, date: string): void {
  const facts = factsOf(r);
  if (!isPresentOn(facts, date)) return;
  f.population++;
  const status = r.recording_status as RecordingStatus;
  const recorded = isRecorded(status);
  if (isVoter(facts, date)) {
    f.voters++;
    if (recorded) f.votersRecorded++;
    if (isFirstTimeVoter(facts, date)) {
      f.firstTimeVoters++;
      if (!recorded) f.firstTimeVotersNotRecorded++;
    }
  }
  if (!mustHoldId(facts, date)) return;
  f.mustHoldId++;
  if (recorded) f.recorded++;
  else f.notRecorded++;
  if (isPrintReady(status) && r.print_status === 'NOT_PRINTED') f.printReadyWaiting++;
  if (r.print_status !== 'NOT_PRINTED') f.printed++;
  if (r.print_status === 'HANDED_OVER') f.handedOver++;
  if (needsRerecording(status)) f.needsRerecording++;
  if (r.ikd_activated_date) f.digitalIdActive++;
}

/**
 * Reads every resident of the region and applies the rules one by one: what the counters replace. Used as
 * the test oracle and as the benchmark baseline; far too slow for a dashboard on a province.
 */
export async function naiveFigures(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<CountedFigures> {
  const f = { ...EMPTY_FIGURES };
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('residents')
      .selectAll()
      .where(withinRegion('village_code', region))
      .where('id', '>', after)
      .orderBy('id')
      .limit(10_000)
      .execute();
    for (const r of rows) addToFigures(f, r, date);
    const last = rows.at(-1);
    if (!last || rows.length < 10_000) return f;
    after = last.id;
  }
}
