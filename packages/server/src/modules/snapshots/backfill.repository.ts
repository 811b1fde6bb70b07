import { addYears, isRecorded, RECORDING_STATUSES } from '@sigap/domain';
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';

/**
 * A group of residents who reached a state after the start of a backfill, with the facts that decide
 * whether they count on a given day: `birth` only for the never-married who may turn 17 inside the
 * window (else ''), `exit` the death / moving-out date ('' when present).
 */
export interface LateGroup {
  village: string;
  birth: string;
  exit: string;
  n: number;
}

export interface LateRecording extends LateGroup {
  /** The day the resident last moved into a recorded state. */
  day: string;
  wni: number;
  /** Still waiting for print today (PRR, not printed): they were not waiting before they were recorded. */
  prrWaiting: number;
}

export interface LatePrint extends LateGroup {
  /** Printed / handed-over day when after the window start, else ''. */
  printedDay: string;
  handedDay: string;
}

const RECORDED = RECORDING_STATUSES.filter(isRecorded);
const EVER_MARRIED = ['KAWIN', 'CERAI_HIDUP', 'CERAI_MATI'];

/** The current eligibility facts the reconstruction keeps (see `backfillSnapshots` on why they are current). */
function eligibilityColumns(from: string) {
  // Anyone born before this was 17 on every day of the window: their birth date need not split groups.
  const youngCut = addYears(from, -18);
  return {
    birth: sql<string>`case when r.marital_status in (${sql.join(EVER_MARRIED)}) then '' when r.birth_date > ${youngCut} then cast(r.birth_date as text) else '' end`,
    exit: sql<string>`case when r.life_status = 'ALIVE' then '' else coalesce(cast(r.life_status_date as text), '0000-00-00') end`,
  };
}

/** Citizens and permanent-stay foreigners (the wajib classes), present at some point of the window. */
function eligibleNow(from: string) {
  return sql<SqlBool>`(r.citizenship = 'WNI' or r.stay_permit = 'KITAP') and (r.life_status = 'ALIVE' or r.life_status_date > ${from})`;
}

/**
 * Residents recorded now whose last move into a recorded state (from the status history) happened after
 * `from`, grouped by village and day: one grouped query over the history, however many residents.
 */
export async function lateRecordings(
  db: Kysely<Database>,
  region: string,
  from: string,
): Promise<LateRecording[]> {
  const last = db
    .selectFrom('resident_history')
    .select(['resident_id', sql<string>`max(event_date)`.as('day')])
    .where('field', 'in', ['recording', 'created'])
    .where('to_value', 'in', RECORDED)
    .where((eb) => eb.or([eb('from_value', 'is', null), eb('from_value', 'not in', RECORDED)]))
    .where('event_date', '>', from)
    .groupBy('resident_id')
    .as('h');
  const { birth, exit } = eligibilityColumns(from);
  const rows = await db
    .selectFrom(last)
    .innerJoin('residents as r', 'r.id', 'h.resident_id')
    .select([
      'r.village_code as village',
      sql<string>`cast(h.day as text)`.as('day'),
      birth.as('birth'),
      exit.as('exit'),
      sql<number>`case when r.citizenship = 'WNI' then 1 else 0 end`.as('wni'),
      sql<number>`sum(case when r.recording_status = 'PRINT_READY_RECORD' and r.print_status = 'NOT_PRINTED' then 1 else 0 end)`.as(
        'prrWaiting',
      ),
      sql<number>`count(*)`.as('n'),
    ])
    .where(withinRegion('r.village_code', region))
    .where('r.recording_status', 'in', RECORDED)
    .where(eligibleNow(from))
    .groupBy(['r.village_code', 'h.day', 'birth', 'exit', 'wni'])
    .execute();
  return rows.map((g) => ({ ...g, wni: Number(g.wni), prrWaiting: Number(g.prrWaiting), n: Number(g.n) }));
}

/** Residents printed or handed over after `from` (dates from the resident rows), grouped the same way. */
export async function latePrints(db: Kysely<Database>, region: string, from: string): Promise<LatePrint[]> {
  const { birth, exit } = eligibilityColumns(from);
  const printedDay = sql<string>`case when r.printed_date > ${from} then cast(r.printed_date as text) else '' end`;
  const handedDay = sql<string>`case when r.handed_over_date > ${from} then cast(r.handed_over_date as text) else '' end`;
  const rows = await db
    .selectFrom('residents as r')
    .select([
      'r.village_code as village',
      printedDay.as('printedDay'),
      handedDay.as('handedDay'),
      birth.as('birth'),
      exit.as('exit'),
      sql<number>`count(*)`.as('n'),
    ])
    .where(withinRegion('r.village_code', region))
    .where('r.print_status', 'in', ['PRINTED', 'HANDED_OVER'])
    .where((eb) => eb.or([eb('r.printed_date', '>', from), eb('r.handed_over_date', '>', from)]))
    .where(eligibleNow(from))
    .groupBy(['r.village_code', 'printedDay', 'handedDay', 'birth', 'exit'])
    .execute();
  return rows.map((g) => ({ ...g, n: Number(g.n) }));
}
