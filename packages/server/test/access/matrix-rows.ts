import { insertJob } from '../../src/modules/imports/import-jobs.repository';
import { createUserAsSystem } from '../../src/modules/users/users.service';
import { clientFor } from '../helpers/client';
import { buildResident } from '../helpers/resident-factory';
import { TEST_PASSWORD, type TestEnv } from '../helpers/test-env';
import { residentId, seedResidents } from '../residents/seed-residents';
import type { MatrixFixtures, RowFixture } from './matrix-fixtures';

/** Villages holding the resident fixtures: inside 18.71.01, 18.71.02, 18.72 and 52.01.01. */
export async function fixtureVillages(env: TestEnv): Promise<string[]> {
  const out = ['18.71.01.1003'];
  for (const prefix of ['18.71.02', '18.72', '52.01.01']) {
    const row = await env.handle.db
      .selectFrom('regions')
      .select('code')
      .where('level', '=', 'village')
      .where('code', 'like', `${prefix}.%`)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    out.push(row.code);
  }
  return out;
}

/** Two capital letters per index: names no other name contains, so a canary match is never a false hit. */
export function tag(i: number): string {
  return `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
}

const by = { actor: null, ip: null };
export type Canaries = MatrixFixtures['canaries'];

/** One resident in each fixture village; their NIKs and names are canaries. */
export async function seedResidentRows(env: TestEnv, canaries: Canaries): Promise<RowFixture[]> {
  const villages = await fixtureVillages(env);
  const records = villages.map((villageCode, i) =>
    buildResident({ villageCode, fullName: `SAKSI MATRIKS ${tag(i)}Q` }),
  );
  await seedResidents(env, records);
  const residents: RowFixture[] = [];
  for (const r of records) {
    residents.push({ id: await residentId(env, r.nik), region: r.villageCode });
    canaries.push({ region: r.villageCode, text: r.nik }, { region: r.villageCode, text: r.fullName });
  }
  return residents;
}

/** A clerk in every region a cell may point at; their usernames and names are canaries. */
export async function seedUserRows(env: TestEnv, canaries: Canaries): Promise<RowFixture[]> {
  const userRegions = [
    '18.71.01.1003',
    '18.71.01',
    '18.71.02',
    '18.71',
    '18.72',
    '18',
    '52.01.01',
    '52.01',
    '52',
  ];
  const users: RowFixture[] = [];
  for (const [i, regionCode] of userRegions.entries()) {
    const username = `saksi.matriks.${tag(i).toLowerCase()}q`;
    const fullName = `Saksi Pengguna ${tag(i)}Q`;
    const u = await createUserAsSystem(
      env.handle,
      { username, fullName, role: 'petugas_loket', regionCode, password: TEST_PASSWORD },
      by,
    );
    users.push({ id: u.id, region: regionCode });
    canaries.push({ region: regionCode, text: username }, { region: regionCode, text: fullName });
  }
  return users;
}

/** A daily report of 18.71, 18.72 and 52.01, each sent by an operator of that regency. */
export async function seedReportRows(env: TestEnv): Promise<RowFixture[]> {
  const reports: RowFixture[] = [];
  for (const regency of ['18.71', '18.72', '52.01']) {
    const op = await createUserAsSystem(
      env.handle,
      {
        username: `lapor.${regency.replace('.', '')}`,
        fullName: 'Operator Lapor',
        role: 'operator_kabkota',
        regionCode: regency,
        password: TEST_PASSWORD,
      },
      by,
    );
    const client = clientFor(env.app);
    await client.login(op.username, TEST_PASSWORD);
    const r = await client.post<{ report: { id: number } }>('/api/v1/daily-reports', {
      regency,
      date: '2024-02-01',
      source: 'manual',
      cumulativeRecorded: 800,
      mustHoldId: 1000,
    });
    if (r.status !== 201) throw new Error(`report ${regency}: ${r.status} ${JSON.stringify(r.body)}`);
    reports.push({ id: r.body.report.id, region: regency });
  }
  return reports;
}

/** Finished import jobs of four scopes, stored directly (their files are never read). */
export async function seedImportRows(env: TestEnv): Promise<RowFixture[]> {
  const imports: RowFixture[] = [];
  for (const scope of ['18.71.01', '18.71', '18.72', '52.01']) {
    const id = await insertJob(env.handle.db, {
      kind: 'residents',
      file_name: `matriks-${scope}.csv`,
      file_hash: '0'.repeat(64),
      file_path: '/nonexistent/matrix.csv',
      scope_code: scope,
      status: 'done',
      user_id: null,
      mapping: null,
      started_at: '2024-02-01T00:00:00.000Z',
      finished_at: '2024-02-01T00:01:00.000Z',
      message_code: null,
      message_params: null,
    });
    imports.push({ id, region: scope });
  }
  return imports;
}

/** Elections held only in 52.01 or 52.01.01, by region: the "foreign election" of the other cells. */
export async function seedElections(env: TestEnv): Promise<Record<string, number>> {
  const elections: Record<string, number> = {};
  for (const region of ['52.01', '52.01.01']) {
    const row = await env.handle.db
      .insertInto('elections')
      .values({
        name: `Pilkada Matriks ${region}`,
        kind: 'pilkada',
        voting_date: '2029-11-27',
        region_codes: JSON.stringify([region]),
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    elections[region] = row.id;
  }
  return elections;
}

/** Elections of one region each, for the `row:election` routes (setting a target). */
export async function seedElectionRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  for (const region of ['18', '18.71', '18.71.01', '18.72', '52.01']) {
    const row = await env.handle.db
      .insertInto('elections')
      .values({
        name: `Pilkada Baris ${region}`,
        kind: 'pilkada',
        voting_date: '2029-11-27',
        region_codes: JSON.stringify([region]),
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region });
  }
  return rows;
}

/** A service point in each of 18.71, 18.71.01, 18.72 and 52.01, for the `row:service_point` routes. */
export async function seedServicePointRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const region of ['18.71', '18.71.01', '18.72', '52.01']) {
    const row = await env.handle.db
      .insertInto('service_points')
      .values({
        region_code: region,
        name: `Titik Matriks ${region}`,
        kind: 'upt',
        address: 'Jl. Matriks',
        counters: 2,
        services: JSON.stringify({ recording: 15 }),
        hours: JSON.stringify({ '1': { open: '08:00', close: '15:00' } }),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region });
  }
  return rows;
}

/** A waiting ticket at each fixture service point, for the `row:queue_ticket` routes (same regions). */
export async function seedQueueTicketRows(
  env: TestEnv,
  points: readonly RowFixture[],
): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const [i, p] of points.entries()) {
    const row = await env.handle.db
      .insertInto('queue_tickets')
      .values({
        service_point_id: p.id,
        region_code: p.region,
        date: '2024-02-01',
        lane: 'walk_in',
        prefix: 'B',
        number: i + 1,
        label: `B-00${i + 1}`,
        service: 'recording',
        status: 'waiting',
        issued_at: now,
        queued_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region: p.region });
  }
  return rows;
}

/** A shipment in transit to 18, 18.71, 18.72 and 52.01 (the `row:stock_shipment` region is the destination). */
export async function seedStockShipmentRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const [source, destination] of [
    ['ID', '18'],
    ['18', '18.71'],
    ['18', '18.72'],
    ['52', '52.01'],
  ] as const) {
    const row = await env.handle.db
      .insertInto('stock_shipments')
      .values({
        item: 'BLANKO',
        source_code: source,
        destination_code: destination,
        quantity: 5,
        shipped_on: '2024-01-15',
        document_no: `MTX/FIX/${destination}`,
        status: 'in_transit',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region: destination });
  }
  return rows;
}

/** A submitted request of 18, 18.71, 18.72 and 52.01 (the `row:stock_request` region is the requester). */
export async function seedStockRequestRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const [requester, supplier] of [
    ['18', 'ID'],
    ['18.71', '18'],
    ['18.72', '18'],
    ['52.01', '52'],
  ] as const) {
    const row = await env.handle.db
      .insertInto('stock_requests')
      .values({
        item: 'BLANKO',
        requester_code: requester,
        supplier_code: supplier,
        quantity: 10,
        status: 'submitted',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region: requester });
  }
  return rows;
}

/** An item owned by each of 18, 18.71, 18.72, 52 and 52.01, for the `row:equipment` routes. */
export async function seedEquipmentRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const region of ['18', '18.71', '18.72', '52', '52.01']) {
    const row = await env.handle.db
      .insertInto('equipment_items')
      .values({
        region_code: region,
        kind: 'recording_set',
        tag: `MATRIKS-ROW-${region}`,
        name: `Set Matriks ${region}`,
        status: 'working',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region });
  }
  return rows;
}

/** A reserved loan from the province to each of 18.71, 18.72 and 52.01 (its region: the receiving regency). */
export async function seedEquipmentLoanRows(env: TestEnv): Promise<RowFixture[]> {
  const rows: RowFixture[] = [];
  const now = new Date().toISOString();
  for (const region of ['18.71', '18.72', '52.01']) {
    const row = await env.handle.db
      .insertInto('equipment_loans')
      .values({
        from_region: region.slice(0, 2),
        to_region: region,
        start_date: '2030-09-01',
        end_date: '2030-09-05',
        state: 'reserved',
        purpose: 'Pinjaman matriks',
        covers_item_id: null,
        reserved_by: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, region });
  }
  return rows;
}
