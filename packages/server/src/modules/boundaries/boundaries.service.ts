import { createHash } from 'node:crypto';
import { isWithinScope } from '@sigap/domain';
import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { SessionUser } from '../../context';
import type { Database } from '../../db/schema';
import { errors } from '../../errors';
import { authorize } from '../access';
import { getRegion, listChildRegionsFor } from '../regions';
import { boundaryErrors } from './boundaries.errors';
import { boundaryFileFor, readBoundaryFile } from './boundary-files';
import { subsetTopology } from './topology-subset';

/** One answer, serialized once: the bytes sent and their strong validator. */
export interface BoundaryAnswer {
  json: string;
  etag: string;
}

/**
 * Answers by region and child list. Bounded by bytes: the whole country cut every possible way (the
 * provinces, each province's regencies, each regency's districts) is about 4 MB, under the bound, so in
 * practice every answer is built once per process.
 */
export function createBoundaryCache(): LRUCache<string, BoundaryAnswer> {
  return new LRUCache<string, BoundaryAnswer>({
    maxSize: 8 * 1024 * 1024,
    sizeCalculation: (answer) => Math.max(1, answer.json.length),
  });
}

/**
 * Boundaries are public geometry, not personal data, so a user may read them for its scope and for the
 * regions above it (like region names, `orAncestor`): a regency operator may draw its province. Siblings
 * and other provinces stay refused, as for every other read.
 */
function assertReadable(user: SessionUser, code: string): void {
  authorize(user, 'region.read');
  if (!isWithinScope(user.regionCode, code) && !isWithinScope(code, user.regionCode)) {
    throw errors.outOfScope();
  }
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 32);
}

/**
 * The child areas of `code` as TopoJSON: only children that Sigap's region table holds (a test database
 * with two provinces gets a map of two provinces), named as in that table.
 */
export async function boundariesFor(
  db: Kysely<Database>,
  cache: LRUCache<string, BoundaryAnswer>,
  user: SessionUser,
  code: string,
): Promise<BoundaryAnswer> {
  assertReadable(user, code);
  await getRegion(db, code);
  const file = boundaryFileFor(code);
  if (!file) throw boundaryErrors.notAvailable();
  const children = await listChildRegionsFor(db, code);
  // The key carries the child list, so a region table loaded with more provinces gets a new answer.
  const key = `${code}:${hash(children.map((c) => `${c.code}=${c.name}`).join('\n'))}`;
  const cached = cache.get(key);
  if (cached) return cached;

  const names = new Map(children.map((c) => [c.code, c.name]));
  const source = await readBoundaryFile(file);
  const topology = source
    ? subsetTopology(source, (c) => names.get(c))
    : subsetTopology({ type: 'Topology', arcs: [], objects: {} }, () => undefined);
  const json = JSON.stringify(topology);
  const answer = { json, etag: `"${hash(json)}"` };
  cache.set(key, answer);
  return answer;
}
