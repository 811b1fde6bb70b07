import { isWithinScope } from '@sigap/domain';
import { sql } from 'kysely';
import { policyAllows, type RegisteredRoute } from '../../src/http/route-policy';
import { loginSession, multipartBody, type Session } from '../helpers/multipart';
import type { TestEnv } from '../helpers/test-env';
import type { CellCase, MatrixFixtures, MatrixUser } from './matrix-fixtures';
import type { CellRequest } from './matrix-requests';

export interface CellResult {
  route: string;
  role: string;
  scope: string;
  regionCase: CellCase;
  region: string;
  allowed: boolean;
  status: number;
  /** Empty when the answer fits the policy; otherwise why it does not. */
  problems: string[];
}

const REFUSED = new Set([401, 403, 404]);
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const COUNTED_TABLES = [
  'users',
  'residents',
  'resident_history',
  'audit_log',
  'elections',
  'import_jobs',
  'daily_reports',
  'settings',
  'coverage_snapshots',
  'death_reports',
  'service_points',
  'service_closures',
  'service_sessions',
  'bookings',
  'booking_batches',
  'queue_tickets',
  'queue_ticket_events',
  'queue_rules',
  'ikd_activations',
  'stock_lines',
  'stock_balances',
  'stock_shipments',
  'stock_requests',
  'stock_request_events',
  'equipment_items',
  'equipment_incidents',
  'equipment_operators',
  'equipment_loans',
  'print_cards',
  'print_rolls',
  'voter_rolls',
  'voter_roll_rows',
  'cemeteries',
  'cemetery_managers',
  'burials',
  'burial_events',
  'death_certificates',
] as const;

/**
 * A cheap picture of everything a write could touch: row counts, the latest change of the tables whose
 * rows are edited in place, and report statuses. A refused write must leave it as it was.
 */
export async function fingerprint(env: TestEnv): Promise<string> {
  const { db } = env.handle;
  const parts: unknown[] = [];
  for (const table of COUNTED_TABLES) {
    parts.push(await db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirst());
  }
  for (const table of [
    'users',
    'residents',
    'settings',
    'service_points',
    'stock_shipments',
    'stock_requests',
    'equipment_items',
    'equipment_loans',
    'print_cards',
    'burials',
  ] as const) {
    parts.push(await db.selectFrom(table).select(sql<string>`max(updated_at)`.as('m')).executeTakeFirst());
  }
  parts.push(
    await db
      .selectFrom('daily_reports')
      .select(['status', sql<string>`count(*)`.as('n')])
      .groupBy('status')
      .orderBy('status')
      .execute(),
  );
  return JSON.stringify(parts, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
}

const CSV = 'nik,nama\n1871015705900001,UJI\n';

const ANONYMOUS_IP = '10.0.0.9';

async function send(env: TestEnv, session: Session | null, req: CellRequest) {
  const headers: Record<string, string> = {};
  if (session) headers.cookie = session.cookie;
  if (session && WRITES.has(req.method)) headers['x-csrf-token'] = session.csrf;
  const remoteAddress = session?.ip ?? ANONYMOUS_IP;
  if (req.upload) {
    const part = { fileName: 'matriks.csv', bytes: Buffer.from(CSV), contentType: 'text/csv' };
    const { payload, contentType } = await multipartBody(part);
    headers['content-type'] = contentType;
    return env.app.inject({ method: 'POST', url: req.url, headers, payload, remoteAddress });
  }
  return env.app.inject({
    method: req.method as 'GET',
    url: req.url,
    headers,
    remoteAddress,
    ...(req.body ? { payload: req.body } : {}),
  });
}

/** Sends one cell as `user` (null: without a session) and checks the answer against the route's policy. */
export async function runCell(
  env: TestEnv,
  route: RegisteredRoute,
  user: MatrixUser | null,
  regionCase: CellCase,
  req: CellRequest,
  fixtures: MatrixFixtures,
): Promise<CellResult> {
  const who = user && { role: user.role, regionCode: user.scope };
  const allowed = policyAllows(route.policy, who, req.region, req.electionRegions);
  const session =
    user && req.freshSession ? await loginSession(env.app, `matriks.${user.role}`) : (user?.session ?? null);
  const write = WRITES.has(req.method);
  const before = !allowed && write ? await fingerprint(env) : '';
  const res = await send(env, session, req);
  const problems: string[] = [];
  if (allowed) {
    if (res.statusCode === 401 || res.statusCode === 403) problems.push('refused');
    if (res.statusCode >= 500) problems.push('server_error');
  } else {
    if (res.statusCode < 400) problems.push('leak');
    else if (!REFUSED.has(res.statusCode)) problems.push(`wrong_status`);
    if (write && (await fingerprint(env)) !== before) problems.push('data_changed');
  }
  // Personal data of anyone outside the user's scope must never come back; nothing personal on a refusal.
  const text = res.body;
  const seen = fixtures.canaries.filter(
    (c) => (!allowed || !user || !isWithinScope(user.scope, c.region)) && text.includes(c.text),
  );
  if (seen.length > 0) problems.push(`personal_data(${seen.map((c) => c.region).join(',')})`);
  return {
    route: `${route.method} ${route.url}`,
    role: user?.role ?? 'anonymous',
    scope: user?.scope ?? '-',
    regionCase,
    region: req.region ?? '-',
    allowed,
    status: res.statusCode,
    problems,
  };
}

/** The failed cells as a table, one line each, for the assertion message. */
export function leakTable(cells: readonly CellResult[]): string {
  const head = 'route | role@scope | case | region | expected | status | problems';
  const lines = cells.map(
    (c) =>
      `${c.route} | ${c.role}@${c.scope} | ${c.regionCase} | ${c.region} | ${c.allowed ? 'allow' : 'deny'} | ${c.status} | ${c.problems.join(' ')}`,
  );
  return [head, ...lines].join('\n');
}
