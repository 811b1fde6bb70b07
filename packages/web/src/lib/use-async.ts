import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './api';

export interface AsyncState<T> {
  data: T | undefined;
  /** The last data loaded for any key: lets a table keep its rows while the next page loads. */
  latest: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Settled<T> {
  key: string;
  data?: T;
  error?: unknown;
}

/**
 * Load data for a key (usually a URL) and reload when the key changes. Results are tagged with their key so a
 * slow answer for an old key is never shown under a new one; `null` means "nothing to load yet".
 */
export function useAsync<T>(
  key: string | null,
  load: (key: string, signal: AbortSignal) => Promise<T>,
): AsyncState<T> {
  const [settled, setSettled] = useState<Settled<T> | undefined>();
  const [latest, setLatest] = useState<T | undefined>();
  const [tick, setTick] = useState(0);
  // The loader is usually an inline arrow; keeping it in a ref stops it from refetching on every render.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef.current(key, controller.signal).then(
      (data) => {
        setSettled({ key: `${key}#${tick}`, data });
        setLatest(data);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setSettled({ key: `${key}#${tick}`, error });
      },
    );
    return () => controller.abort();
  }, [key, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = settled?.key === `${key}#${tick}` ? settled : undefined;
  return {
    data: current?.data,
    latest,
    error: current?.error,
    loading: key !== null && current === undefined,
    reload,
  };
}

/** GET a JSON resource from the API; pass `null` to wait (e.g. until a parent is chosen). */
export function useApiGet<T>(path: string | null): AsyncState<T> {
  return useAsync<T>(path, (p, signal) => api.get<T>(p, signal));
}
