import { isWithinScope, ROLES, type Role } from '@sigap/domain';
import { insertJob } from '../../src/modules/imports/import-jobs.repository';
import { createUserAsSystem } from '../../src/modules/users/users.service';
import { clientFor } from '../helpers/client';
import { loginSession, type Session } from '../helpers/multipart';
import { buildResident } from '../helpers/resident-factory';
import { TEST_PASSWORD, type TestEnv } from '../helpers/test-env';
import { residentId, seedResidents } from '../residents/seed-residents';

/** The four region cases of every cell, seen from one user's scope. */
export type RegionCase = 'own' | 'child' | 'sibling' | 'other_province';
/** Routes that take an election id get one more cell: the own region with an election of another province. */
export type CellCase = RegionCase | 'foreign_election' | '-';

/** One user per role; the scope decides the four regions its cells are tried on. */
export const ROLE_SCOPES: Record<Role, string> = {
  superadmin: 'ID',
  admin_provinsi: '18',
  pimpinan: '18',
  operator_kabkota: '18.71',
  petugas_loket: '18.71',
  petugas_lapangan: '18.71.01',
  verifikator: '18.71',
  pengelola_makam: '18.71',
};

/** Own scope, a child of it, a sibling, and a region of another province (for 'ID': two more regions). */
export const REGION_CASES: Record<string, Record<RegionCase, string>> = {
  ID: { own: 'ID', child: '18', sibling: '52', other_province: '52.01' },
  '18': { own: '18', child: '18.71', sibling: '52', other_province: '52.01' },
  '18.71': { own: '18.71', child: '18.71.01', sibling: '18.72', other_province: '52.01' },
  '18.71.01': { own: '18.71.01', child: '18.71.01.1003', sibling: '18.71.02', other_province: '52.01.01' },
};

/** A stored row a `row:*` route can be pointed at, with the region its service checks. */
export interface RowFixture {
  id: number;
  region: string;
}

export interface MatrixUser {
  role: Role;
  scope: string;
  session: Session;
}

export interface MatrixFixtures {
  users: MatrixUser[];
  /** Elections held only in one region, by that region. */
  elections: Record<string, number>;
  rows: Record<'resident' | 'user' | 'report' | 'import', RowFixture[]>;
  /** Personal data that only a user whose scope holds `region` may ever see: names, NIKs, usernames. */
  canaries: { region: string; text: string }[];
}

/** Villages holding the resident fixtures: inside 18.71.01, 18.71.02, 18.72 and 52.01.01. */
async function fixtureVillages(env: TestEnv): Promise<string[]> {
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
function tag(i: number): string {
  return `${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
}

/** Residents, users, daily reports and import jobs in every region the cells point at, and a login per role. */
export async function buildMatrixFixtures(env: TestEnv): Promise<MatrixFixtures> {
  const by = { actor: null, ip: null };
  const canaries: MatrixFixtures['canaries'] = [];
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
      heartbeat_at: null,
      started_at: '2024-02-01T00:00:00.000Z',
      finished_at: '2024-02-01T00:01:00.000Z',
      message: null,
      message_en: null,
    });
    imports.push({ id, region: scope });
  }

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

  const sessions: MatrixUser[] = [];
  for (const role of ROLES) {
    const scope = ROLE_SCOPES[role];
    const username = `matriks.${role}`;
    await createUserAsSystem(
      env.handle,
      { username, fullName: `Penguji ${role}`, role, regionCode: scope, password: TEST_PASSWORD },
      by,
    );
    sessions.push({ role, scope, session: await loginSession(env.app, username) });
  }
  return {
    users: sessions,
    elections,
    rows: { resident: residents, user: users, report: reports, import: imports },
    canaries,
  };
}

/** The fixture a row route is pointed at for a target region: the one in that region, else inside it, else the nearest one above it. */
export function rowFor(rows: readonly RowFixture[], target: string): RowFixture {
  const exact = rows.find((r) => r.region === target);
  const inside = rows.find((r) => isWithinScope(target, r.region));
  const above = rows
    .filter((r) => isWithinScope(r.region, target))
    .sort((a, b) => b.region.length - a.region.length)[0];
  const found = exact ?? inside ?? above;
  if (!found) throw new Error(`no fixture for region ${target}`);
  return found;
}
