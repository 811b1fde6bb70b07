import type {
  Region,
  RegionChildren,
  RegionDetail,
  RegionSearchResult,
  RegionWithPath,
} from '@sigap/contracts';
import { api, withQuery } from '../../lib/api';

// Regions change a few times a decade (splits); caching per visit saves a request on every picker step.
const childrenCache = new Map<string, Promise<Region[]>>();
const detailCache = new Map<string, Promise<RegionDetail>>();

function cached<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) return hit;
  const promise = load();
  cache.set(key, promise);
  // A failure must not stick: the next attempt should ask the server again.
  promise.catch(() => cache.delete(key));
  return promise;
}

/** Direct children of a region, sorted by code. */
export function fetchChildren(parentCode: string): Promise<Region[]> {
  return cached(childrenCache, parentCode, () =>
    api.get<RegionChildren>(withQuery('/v1/regions', { parent: parentCode })).then((r) => r.items),
  );
}

/** A region with its ancestors (root first). */
export function fetchRegion(code: string): Promise<RegionDetail> {
  return cached(detailCache, code, () => api.get<RegionDetail>(`/v1/regions/${encodeURIComponent(code)}`));
}

/** Regions whose name matches the text, with their full path; at most 50. */
export function searchRegions(q: string, signal?: AbortSignal): Promise<RegionWithPath[]> {
  return api.get<RegionSearchResult>(withQuery('/v1/regions', { q }), signal).then((r) => r.items);
}
