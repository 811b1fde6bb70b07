import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from './api';
import type { QueryRoot } from './query-keys';

export interface QueryState<T> {
  /** Data for the current key; undefined while it loads. */
  data: T | undefined;
  /** The last data loaded for any key: lets a table keep its rows while the next page loads. */
  latest: T | undefined;
  error: unknown;
  /** True until the current key has an answer (also while a previous key's data is shown). */
  loading: boolean;
  reload: () => void;
}

export interface QueryOptions {
  staleTime?: number;
  /** Ask again every so many ms (a polled resource), or stop with `false`. */
  refetchInterval?: number | false;
}

/**
 * useQuery with the page-friendly shape the screens were written for: the previous key's data stays
 * available as `latest` (TanStack's keepPreviousData) so tables do not blank while paging. `null` as the
 * key means "nothing to load yet" (e.g. until a parent is chosen).
 */
export function useApiQuery<T>(
  key: readonly unknown[] | null,
  load: (signal: AbortSignal) => Promise<T>,
  options: QueryOptions = {},
): QueryState<T> {
  const query = useQuery({
    queryKey: key ?? ['disabled'],
    queryFn: ({ signal }) => load(signal),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    staleTime: options.staleTime,
    refetchInterval: options.refetchInterval,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const enabled = key !== null;
  const current = enabled && !query.isPlaceholderData ? query.data : undefined;
  return {
    data: current,
    latest: enabled ? query.data : undefined,
    error: enabled && query.isError ? query.error : undefined,
    loading: enabled && (query.isPending || query.isPlaceholderData),
    reload,
  };
}

/** GET a JSON resource of one feature; pass `null` as the path to wait. The key is `[...root, path]`. */
export function useApiGet<T>(root: QueryRoot, path: string | null, options?: QueryOptions): QueryState<T> {
  return useApiQuery<T>(
    path === null ? null : [...root, path],
    (signal) => api.get<T>(path ?? '', signal),
    options,
  );
}
