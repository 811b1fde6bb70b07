import { isWithinScope, ROLES, type Role } from '@sigap/domain';
import { createUserAsSystem } from '../../src/modules/users/users.service';
import { loginSession, type Session } from '../helpers/multipart';
import { TEST_PASSWORD, type TestEnv } from '../helpers/test-env';
import {
  seedElectionRows,
  seedElections,
  seedEquipmentLoanRows,
  seedEquipmentRows,
  seedImportRows,
  seedQueueTicketRows,
  seedReportRows,
  seedResidentRows,
  seedServicePointRows,
  seedStockRequestRows,
  seedStockShipmentRows,
  seedUserRows,
} from './matrix-rows';
import {
  seedBurialRows,
  seedOutreachSiteRows,
  seedOutreachVisitRows,
  seedSuketRows,
  seedVoterRollRows,
} from './matrix-rows-services';

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
  rows: Record<
    | 'resident'
    | 'user'
    | 'report'
    | 'import'
    | 'election'
    | 'service_point'
    | 'queue_ticket'
    | 'stock_shipment'
    | 'stock_request'
    | 'equipment'
    | 'equipment_loan'
    | 'suket'
    | 'outreach_site'
    | 'outreach_visit'
    | 'voter_roll'
    | 'cemetery'
    | 'burial',
    RowFixture[]
  >;
  /** Personal data that only a user whose scope holds `region` may ever see: names, NIKs, usernames. */
  canaries: { region: string; text: string }[];
}

/** Residents, users, daily reports, import jobs, elections and service points where the cells point, and a login per role. */
export async function buildMatrixFixtures(env: TestEnv): Promise<MatrixFixtures> {
  const canaries: MatrixFixtures['canaries'] = [];
  const servicePoints = await seedServicePointRows(env);
  const rows = {
    resident: await seedResidentRows(env, canaries),
    user: await seedUserRows(env, canaries),
    report: await seedReportRows(env),
    import: await seedImportRows(env),
    election: await seedElectionRows(env),
    service_point: servicePoints,
    queue_ticket: await seedQueueTicketRows(env, servicePoints),
    stock_shipment: await seedStockShipmentRows(env),
    stock_request: await seedStockRequestRows(env),
    equipment: await seedEquipmentRows(env),
    equipment_loan: await seedEquipmentLoanRows(env),
    suket: [] as RowFixture[],
    outreach_site: [] as RowFixture[],
    outreach_visit: [] as RowFixture[],
    voter_roll: [] as RowFixture[],
    cemetery: [] as RowFixture[],
    burial: [] as RowFixture[],
  };
  rows.suket = await seedSuketRows(env, rows.resident);
  rows.outreach_site = await seedOutreachSiteRows(env);
  rows.outreach_visit = await seedOutreachVisitRows(env, rows.outreach_site);
  rows.voter_roll = await seedVoterRollRows(env);
  Object.assign(rows, await seedBurialRows(env, rows.resident, canaries));
  const elections = await seedElections(env);
  const sessions: MatrixUser[] = [];
  for (const role of ROLES) {
    const scope = ROLE_SCOPES[role];
    const username = `matriks.${role}`;
    await createUserAsSystem(
      env.handle,
      { username, fullName: `Penguji ${role}`, role, regionCode: scope, password: TEST_PASSWORD },
      { actor: null, ip: null },
    );
    sessions.push({ role, scope, session: await loginSession(env.app, username) });
  }
  return { users: sessions, elections, rows, canaries };
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
