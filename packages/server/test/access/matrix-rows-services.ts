import { insertJob } from '../../src/modules/imports/import-jobs.repository';
import type { TestEnv } from '../helpers/test-env';
import type { RowFixture } from './matrix-fixtures';
import { type Canaries, fixtureVillages, tag } from './matrix-rows';

/** Fixture rows of the later modules' row scopes: sukets, outreach sites and visits, voter rolls, burials. */

/** An active suket of each fixture resident (its region: the resident's village). */
export async function seedSuketRows(env: TestEnv, residents: readonly RowFixture[]): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  const election = await env.handle.db
    .selectFrom('elections')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  for (const [i, r] of residents.entries()) {
    const row = await env.handle.db
      .insertInto('sukets')
      .values({
        number: `MATRIKS/${i + 1}`,
        regency_code: r.region.slice(0, 5),
        year: 2030,
        seq: i + 1,
        resident_id: r.id,
        election_id: Number(election.id),
        region_code: r.region,
        status: 'active',
        revoke_reason: null,
        revoke_note: null,
        valid_from: '2030-01-01',
        valid_until: '2030-12-31',
        signer_id: null,
        signer_name: 'Penguji',
        kid: 'matriks',
        token: `matriks.${i}.x`,
        pdf_key: `matriks${i}`,
        batch_job_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: Number(row.id), region: r.region });
  }
  return rows;
}

/** An outreach site in a village of each fixture region (its region: the village). */
export async function seedOutreachSiteRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const village of await fixtureVillages(env)) {
    const row = await env.handle.db
      .insertInto('outreach_sites')
      .values({
        kind: 'school',
        name: `Sekolah Matriks ${village}`,
        address: 'Jl. Matriks',
        village_code: village,
        regency_code: village.slice(0, 5),
        contact_name: null,
        contact_phone: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: Number(row.id), region: village });
  }
  return rows;
}

/** A planned visit of each fixture site, far ahead (its region: the site's village). */
export async function seedOutreachVisitRows(
  env: TestEnv,
  sites: readonly RowFixture[],
): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const site of sites) {
    const row = await env.handle.db
      .insertInto('outreach_visits')
      .values({
        site_id: site.id,
        village_code: site.region,
        visit_date: '2030-09-02',
        start_time: '08:00',
        end_time: '12:00',
        state: 'planned',
        voting_day: null,
        created_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: Number(row.id), region: site.region });
  }
  return rows;
}

/** A classified voter roll per region case (with one staged row), like the import rows. */
export async function seedVoterRollRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const election = await env.handle.db
    .selectFrom('elections')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  for (const scope of ['18.71.01', '18.71', '18.72', '52.01']) {
    const job = await insertJob(env.handle.db, {
      kind: 'voter_roll',
      file_name: `dpt-matriks-${scope}.csv`,
      file_hash: '1'.repeat(64),
      file_path: '/nonexistent/dpt.csv',
      scope_code: scope,
      status: 'done',
      user_id: null,
      mapping: null,
      started_at: now,
      finished_at: now,
      message_code: null,
      message_params: null,
    });
    const roll = await env.handle.db
      .insertInto('voter_rolls')
      .values({
        import_job_id: job,
        election_id: Number(election.id),
        region_code: scope,
        name: `DPT matriks ${scope}`,
        classified_at: now,
        created_by: null,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await env.handle.db
      .insertInto('voter_roll_rows')
      .values({
        roll_id: Number(roll.id),
        line: 2,
        nik: '1871015705900001',
        full_name: `PEMILIH MATRIKS ${scope}`,
        birth_date: '1990-05-17',
        sex: 'P',
        address: null,
        tps: '001',
        resident_id: null,
        region_code: scope,
        class: 'not_recorded',
      })
      .execute();
    rows.push({ id: Number(roll.id), region: scope });
  }
  return rows;
}

/** A cemetery in each fixture village, and an open burial entry at each; the burial names are canaries. */
export async function seedBurialRows(
  env: TestEnv,
  residents: readonly RowFixture[],
  canaries: Canaries,
): Promise<{ cemetery: RowFixture[]; burial: RowFixture[] }> {
  const cemetery: RowFixture[] = [];
  const burial: RowFixture[] = [];
  const now = new Date().toISOString();
  const author = await env.handle.db.selectFrom('users').select('id').orderBy('id').executeTakeFirstOrThrow();
  for (const [i, r] of residents.entries()) {
    const c = await env.handle.db
      .insertInto('cemeteries')
      .values({ name: `TPU Matriks ${i}`, region_code: r.region, address: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    cemetery.push({ id: Number(c.id), region: r.region });
    const fullName = `SAKSI MAKAM ${tag(i)}Z`;
    const b = await env.handle.db
      .insertInto('burials')
      .values({
        client_id: `00000000-0000-4000-8000-00000000000${i}`,
        cemetery_id: Number(c.id),
        region_code: r.region,
        nik: null,
        full_name: fullName,
        dup_key: `matriks-${i}`,
        birth_date: '1950-01-01',
        date_of_death: '2024-01-01',
        date_of_burial: '2024-01-02',
        village_code: null,
        cause: null,
        reporter_name: 'Penguji',
        reporter_relation: 'anak',
        reporter_phone: null,
        status: 'open',
        resident_id: null,
        dismiss_reason: null,
        entered_by: Number(author.id),
        entered_day: '2024-01-02',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    burial.push({ id: Number(b.id), region: r.region });
    canaries.push({ region: r.region, text: fullName });
  }
  return { cemetery, burial };
}
