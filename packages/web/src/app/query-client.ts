import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api';

/** Ask again only when asking again can help: the network dropped or the server failed (5xx), never on 4xx. */
export function isRetryable(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}

const MAX_QUERY_RETRIES = 2;
/** Writes are retried only when the request never got an answer; the Idempotency-Key makes that safe. */
const MAX_MUTATION_RETRIES = 2;

/**
 * The app's one cache of server data. Lists are fresh for 30 s by default (each feature asks for longer when
 * its data changes rarely, see lib/query-keys.ts); a window regaining focus does not refetch, because
 * officers switch between the app and SIAK all day and each switch would reload every table.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < MAX_QUERY_RETRIES && isRetryable(error),
      },
      mutations: {
        retry: (failures, error) =>
          failures < MAX_MUTATION_RETRIES && error instanceof ApiError && error.status === 0,
      },
    },
  });
}
