import { addDays, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { electionConcerns, electionsFrom } from '../elections';
import { classifyRoll } from './voter-roll-classify.repository';
import { insertRoll, insertRollRows } from './voter-rolls.repository';

/** Kecamatan Kedaton, Bandar Lampung: a district of the demo registry. */
const DEMO_DISTRICT = '18.71.01';

type Query = ReturnType<typeof residentsIn>;
const residentsIn = (handle: Db, region: string) =>
  handle.db.selectFrom('residents').selectAll().where('village_code', 'like', `${region}.%`);
/** One resident per class the demo roll shows (the unknown NIK, mismatch and duplicate are made below). */
const PICKS: ((q: Query) => Query)[] = [
  (q) => q.where('life_status', '=', 'ALIVE').where('recording_status', '=', 'UNREGISTERED'),
  (q) =>
    q
      .where('life_status', '=', 'ALIVE')
      .where('recording_status', 'in', ['BIO_CAPTURED', 'PROCESSING', 'SENT_FOR_ENROLLMENT']),
  (q) =>
    q
      .where('life_status', '=', 'ALIVE')
      .where('recording_status', '=', 'PRINT_READY_RECORD')
      .where('print_status', '=', 'NOT_PRINTED'),
  (q) => q.where('life_status', '=', 'ALIVE').where('print_status', '!=', 'NOT_PRINTED'),
  (q) => q.where('life_status', '=', 'DECEASED'),
  (q) => q.where('life_status', '=', 'MOVED_OUT'),
  (q) => q.where('life_status', '=', 'ALIVE').where('recording_status', '=', 'UNREGISTERED').offset(1),
];

/**
 * First start: one small roll "(demo)" of the coming election for a Bandar Lampung district, built from the
 * generated registry so it has a row of every class — recorded, not recorded, PRR, printed, deceased, moved
 * out, a resident of another district, an unknown NIK, a NIK whose birth date disagrees, a duplicate line —
 * and the district's other voters as the reverse set. Classified by the same command as an import.
 */
export async function seedDemoVoterRoll(handle: Db, now: Date): Promise<number> {
  const { db } = handle;
  if (await db.selectFrom('voter_rolls').select('id').executeTakeFirst()) return 0;
  const today = officeToday(DEMO_DISTRICT, now);
  const election = (await electionsFrom(handle, today)).find((e) => electionConcerns(e, DEMO_DISTRICT));
  if (!election) return 0;
  const chosen: ResidentRow[] = [];
  for (const pick of PICKS) {
    // The district first; a class it lacks (a small demo registry) from anywhere in the city.
    const r =
      (await pick(residentsIn(handle, DEMO_DISTRICT)).orderBy('id').limit(1).executeTakeFirst()) ??
      (await pick(residentsIn(handle, '18.71')).orderBy('id').limit(1).executeTakeFirst());
    if (r && !chosen.some((c) => c.id === r.id)) chosen.push(r);
  }
  const mismatch = chosen.pop();
  const elsewhere = await db
    .selectFrom('residents')
    .selectAll()
    .where('village_code', 'like', '18.71.02.%')
    .where('life_status', '=', 'ALIVE')
    .limit(1)
    .executeTakeFirst();
  if (elsewhere) chosen.push(elsewhere);
  const job = await db
    .insertInto('import_jobs')
    .values({
      kind: 'voter_roll',
      file_name: 'DPT-demo-18.71.01.csv',
      file_hash: '0'.repeat(64),
      file_path: '(demo)',
      scope_code: DEMO_DISTRICT,
      status: 'done',
      user_id: null,
      mapping: null,
      started_at: now.toISOString(),
      finished_at: now.toISOString(),
      message_code: null,
      message_params: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rollId = await insertRoll(db, {
    import_job_id: job.id,
    election_id: election.id,
    region_code: DEMO_DISTRICT,
    name: `DPT ${election.name} — Kedaton`,
    classified_at: null,
    demo: 1,
    created_by: null,
    created_at: now.toISOString(),
  });
  const rows = chosen.map((r) => ({ nik: r.nik, name: r.full_name, birth: r.birth_date, sex: r.sex }));
  const first = chosen[0];
  if (first) rows.push({ nik: first.nik, name: first.full_name, birth: first.birth_date, sex: first.sex }); // duplicate
  if (mismatch) {
    // The roll's birth date one day off the registry's: a NIK mismatch.
    rows.push({
      nik: mismatch.nik,
      name: mismatch.full_name,
      birth: addDays(mismatch.birth_date, 1),
      sex: mismatch.sex,
    });
  }
  rows.push({ nik: '1871015506880099', name: 'WARGA TIDAK DIKENAL (demo)', birth: '1988-06-15', sex: 'P' });
  await insertRollRows(
    db,
    rows.map((r, i) => ({
      roll_id: rollId,
      line: i + 2,
      nik: r.nik,
      full_name: r.name,
      birth_date: r.birth,
      sex: r.sex,
      address: '(demo)',
      tps: String(1 + (i % 3)).padStart(3, '0'),
      resident_id: null,
      region_code: DEMO_DISTRICT,
      class: null,
    })),
  );
  await db
    .updateTable('import_jobs')
    .set({ rows_done: rows.length, rows_inserted: rows.length, last_line: rows.length + 1 })
    .where('id', '=', job.id)
    .execute();
  const roll = await db
    .selectFrom('voter_rolls')
    .selectAll()
    .where('id', '=', rollId)
    .executeTakeFirstOrThrow();
  await classifyRoll(handle, roll, election, now);
  return rows.length;
}
