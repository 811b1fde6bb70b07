import type { ImportJob } from '@sigap/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { ApiError } from '../../lib/api';
import { queryKeys } from '../../lib/query-keys';
import { fetchJob, isFinished, POLL_MS } from './imports.api';

/** After a network blip the job is still running on the server: ask again, a little less often. */
const RETRY_MS = 2_000;

export interface ImportJobState {
  job: ImportJob | undefined;
  error: unknown;
  retry: () => void;
}

function isNetworkError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 0;
}

/**
 * An import job, asked for again every 500 ms until it is done or failed. TanStack Query schedules the next
 * request only after the previous answer, so a slow server is never sent a pile of overlapping polls; a
 * network failure keeps polling (slower), any other error stops until the user retries.
 */
export function useImportJob(id: string): ImportJobState {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...queryKeys.imports, 'job', id],
    queryFn: ({ signal }) => fetchJob(id, signal),
    staleTime: 0,
    retry: false,
    refetchInterval: (q) => {
      if (q.state.status === 'error') return isNetworkError(q.state.error) ? RETRY_MS : false;
      const job = q.state.data;
      return job && isFinished(job) ? false : POLL_MS;
    },
  });
  const finished = query.data !== undefined && isFinished(query.data);

  // A finished job changes the history table and the error list: let them ask again.
  useEffect(() => {
    if (finished) void client.invalidateQueries({ queryKey: queryKeys.imports, refetchType: 'active' });
  }, [finished, client]);

  const { refetch } = query;
  const retry = useCallback(() => void refetch(), [refetch]);
  // Like before: an error is shown only while the last answer was one (a later success clears it).
  const error = query.status === 'error' || query.isRefetchError ? query.error : undefined;
  return { job: query.data && String(query.data.id) === id ? query.data : undefined, error, retry };
}
