import type { RegisteredRoute } from '../../src/http/route-policy';
import { type MatrixFixtures, rowFor } from './matrix-fixtures';
import { SAMPLES, type Sample } from './matrix-samples';

export { SAMPLES };

/** A request a cell sends: the route's sample input with the region the cell is about filled in. */
export interface CellRequest {
  method: string;
  url: string;
  body?: Record<string, unknown>;
  /** A multipart upload instead of a JSON body. */
  upload?: boolean;
  /** Needs a session of its own (logout ends the one it is sent with). */
  freshSession?: boolean;
  /** The region the service will check: the target, or the region of the row the request names. */
  region: string | undefined;
  /** The regions of the election the request names, if any. */
  electionRegions?: string[];
}

/** A region of the level a route takes, as near to `target` as the codes allow. */
function atLevel(target: string, level: Sample['level']): string {
  if (level === undefined || target === 'ID') return level === 'regency' ? '18.71' : target;
  const parts = target.split('.');
  if (level === 'province') return parts[0] ?? target;
  if (level === 'office') return parts.slice(0, 2).join('.');
  if (parts.length >= 2) return parts.slice(0, 2).join('.');
  return parts[0] === '52' ? '52.01' : '18.71';
}

/** Fixed path parameters that are not regions or rows. */
const FIXED_PARAMS: Record<string, string> = { key: 'report_cutoff_hour' };

/** The request of one cell: the route's sample with `target` put where the policy says the region comes from. */
export function buildRequest(
  route: RegisteredRoute,
  rawTarget: string | undefined,
  fixtures: MatrixFixtures,
  election?: { id: number; region: string },
): CellRequest {
  const sample = SAMPLES[`${route.method} ${route.url}`];
  if (!sample) throw new Error(`no matrix sample for ${route.method} ${route.url}`);
  const query = new URLSearchParams(sample.query);
  const body = sample.body?.();
  const params: Record<string, string> = { ...FIXED_PARAMS, ...sample.params };
  const target = rawTarget === undefined ? undefined : atLevel(rawTarget, sample.level);
  if (election) query.set('election', String(election.id));
  let region = target;
  const source = 'region' in route.policy ? route.policy.region : 'own';
  if (target !== undefined) {
    const [where, name = ''] = source.split(':');
    if (where === 'query') query.set(name, target);
    if (where === 'param') params[name] = target;
    if (where === 'body' && body) body[name] = name === 'regionCodes' ? [target] : target;
    if (where === 'row') {
      const row = rowFor(fixtures.rows[name as keyof MatrixFixtures['rows']], target);
      params.id = String(row.id);
      region = row.region;
    }
  }
  const path = route.url.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`no value for :${name} in ${route.url}`);
    return encodeURIComponent(value);
  });
  const qs = query.toString();
  return {
    method: route.method,
    url: qs ? `${path}?${qs}` : path,
    ...(body ? { body } : {}),
    ...(sample.upload ? { upload: true } : {}),
    ...(sample.freshSession ? { freshSession: true } : {}),
    region,
    ...(election ? { electionRegions: [election.region] } : {}),
  };
}

/** Whether the route's cells vary by region (else one cell per role). */
export function takesRegion(route: RegisteredRoute): boolean {
  return 'region' in route.policy && route.policy.region !== 'own' && route.policy.region !== 'national';
}
