import type { Region, RegionDetail, RegionWithPath } from '@sigap/contracts';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { type QueryState, useApiQuery } from '../../lib/use-api-query';
import { fetchChildren, fetchRegion, searchRegions } from './regions.api';

/**
 * Region queries. The region tree is reference data (it changes with a Kemendagri decree, not during a
 * session), so answers stay fresh for an hour and every picker on a page shares one request per region.
 */
export function useRegionDetail(code: string | null): QueryState<RegionDetail> {
  return useApiQuery(
    code === null ? null : [...queryKeys.regions, 'detail', code],
    () => fetchRegion(code ?? ''),
    {
      staleTime: staleTimes.reference,
    },
  );
}

export function useRegionChildren(parentCode: string | null): QueryState<Region[]> {
  return useApiQuery(
    parentCode === null ? null : [...queryKeys.regions, 'children', parentCode],
    () => fetchChildren(parentCode ?? ''),
    { staleTime: staleTimes.reference },
  );
}

export function useRegionSearch(query: string | null): QueryState<RegionWithPath[]> {
  return useApiQuery(
    query === null ? null : [...queryKeys.regions, 'search', query],
    (signal) => searchRegions(query ?? '', signal),
    { staleTime: staleTimes.reference },
  );
}
