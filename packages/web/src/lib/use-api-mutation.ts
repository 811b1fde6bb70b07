import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { newIdempotencyKey } from './idempotency-key';
import type { QueryRoot } from './query-keys';

interface Attempt<V> {
  variables: V;
  key: string;
}

export interface ApiMutation<V, R> {
  /** Run one user action. Resolves with the answer, rejects with the ApiError (callers show it). */
  run: (variables: V) => Promise<R>;
  pending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * A write to the API. Each `run` is one user action and gets one Idempotency-Key; the client's automatic
 * retries (network failures only, app/query-client.ts) resend the same key, so a save whose answer was
 * lost is replayed by the server rather than done twice. After success every query under `invalidates`
 * is marked stale and refetched where shown.
 */
export function useApiMutation<V, R>(
  write: (variables: V, idempotencyKey: string) => Promise<R>,
  invalidates: readonly QueryRoot[] = [],
): ApiMutation<V, R> {
  const client = useQueryClient();
  const mutation = useMutation<R, unknown, Attempt<V>>({
    mutationFn: ({ variables, key }) => write(variables, key),
    onSuccess: () =>
      Promise.all(invalidates.map((root) => client.invalidateQueries({ queryKey: root }))).then(
        () => undefined,
      ),
  });
  const { mutateAsync, reset } = mutation;
  const run = useCallback(
    (variables: V) => mutateAsync({ variables, key: newIdempotencyKey() }),
    [mutateAsync],
  );
  return { run, pending: mutation.isPending, error: mutation.error ?? undefined, reset };
}
