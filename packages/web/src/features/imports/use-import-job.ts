import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../lib/api';
import type { ImportJob } from '../../lib/types';
import { fetchJob, isFinished, POLL_MS } from './imports.api';

/** After a network blip the job is still running on the server: ask again, a little less often. */
const RETRY_MS = 2_000;

export interface ImportJobState {
  job: ImportJob | undefined;
  error: unknown;
  retry: () => void;
}

/**
 * An import job, asked for again every 500 ms until it is done or failed. The next request is scheduled
 * only after the previous answer, so a slow server is never sent a pile of overlapping polls.
 */
export function useImportJob(id: string): ImportJobState {
  const [job, setJob] = useState<ImportJob>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` restarts polling after a retry
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      fetchJob(id, controller.signal).then(
        (next) => {
          setJob(next);
          setError(undefined);
          if (!isFinished(next)) timer = setTimeout(poll, POLL_MS);
        },
        (failure: unknown) => {
          if (controller.signal.aborted) return;
          setError(failure);
          if (failure instanceof ApiError && failure.status === 0) timer = setTimeout(poll, RETRY_MS);
        },
      );
    };
    poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [id, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { job: job && String(job.id) === id ? job : undefined, error, retry };
}
