import { addDays, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { electionConcerns, electionsFrom } from '../elections';
import { classifyRoll } from './voter-roll-classify.commands';
import { insertRoll, insertRollRows } from './voter-rolls.repository';

/** Kecamatan Kedaton, Bandar Lampung: a district of the demo registry. */
const DEMO_DISTRICT = '18.71.01';

type Pick = (r: ResidentRow) => boolean;
/** One resident per class the demo roll shows, picked from the generated registry. */
const PICKS: Pick[] = [
  (r) => r.life_status === 'ALIVE' && r.recording_status === 'UNREGISTERED',
  (r) => r.life_status === 'ALIVE' && r.recording_status === 'UNREGISTERED',
  (r) => r.life_status === 'ALIVE' && r.recording_status === 'SENT_FOR_ENROLLMENT',
  (r) =>
    r.life_status === 'ALIVE' &&
    r.recording_status === 'PRINT_READY_RECORD' &&
    r.print_status === 'NOT_PRINTED',
  (r) => r.life_status === 'ALIVE' && r.print_status !== 'NOT_PRINTED',
  (r) => r.life_status === 'DECEASED',
  (r) => r.life_status === 'MOVED_OUT',
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
  const local = await db
    .selectFrom('residents')
    .selectAll()
    .where('village_code', 'like', `${DEMO_DISTRICT}.%`)
    .orderBy('id')
    .limit(4000)
    .execute();
  const chosen: ResidentRow[] = [];
  for (const pick of PICKS) {
    const r = local.find((x) => pick(x) && !chosen.includes(x));
    if (r) chosen.push(r);
  }
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
  if (first) {
    rows.push({ nik: first.nik, name: first.full_name, birth: first.birth_date, sex: first.sex }); // duplicate
    const second = chosen[1];
    if (second)
      rows.push({
        nik: second.nik,
        name: second.full_name,
        birth: addDays(second.birth_date, 1),
        sex: second.sex,
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
