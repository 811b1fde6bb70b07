import type { ServicePointList } from '@sigap/contracts';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { SERVICE_POINTS_PATH } from '../service-points/service-points.api';

/** Counters 1…n of a point. */
export function counterNumbers(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

export interface PointChoice {
  pointId: number | null;
  counterNo: number;
  counters: number;
}

/**
 * The service point (and, at the counter, the counter number) a queue page works on, kept in the address
 * (?titik=&loket=) so a counter's browser reopens on its own counter. The first point is chosen by default.
 */
export function usePointChoice(): PointChoice & {
  points: ServicePointList['items'] | undefined;
  state: ReturnType<typeof useApiGet<ServicePointList>>;
} {
  const [params, setParams] = useSearchParams();
  const state = useApiGet<ServicePointList>(queryKeys.servicePoints, SERVICE_POINTS_PATH);
  const points = state.data?.items.filter((p) => p.active);
  const asked = Number(params.get('titik'));
  const point = points?.find((p) => p.id === asked) ?? points?.[0];
  useEffect(() => {
    if (point && asked !== point.id) {
      const next = new URLSearchParams(params);
      next.set('titik', String(point.id));
      setParams(next, { replace: true });
    }
  }, [point, asked, params, setParams]);
  const counters = point?.counters ?? 1;
  const counterNo = Math.min(Math.max(1, Number(params.get('loket')) || 1), counters);
  return { pointId: point?.id ?? null, counterNo, counters, points, state };
}

/** The point (and optionally counter) selects of a queue page. */
export function PointChooser({
  choice,
  withCounter,
}: {
  choice: ReturnType<typeof usePointChoice>;
  withCounter?: boolean;
}) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setParams(next, { replace: true });
  };
  if (choice.state.error) return <ErrorAlert error={choice.state.error} onRetry={choice.state.reload} />;
  if (!choice.points) return <Loading />;
  if (choice.points.length === 0) return <EmptyState>{t('queue.noPoints')}</EmptyState>;
  return (
    <div className="queue-choosers">
      <div className="field">
        <label htmlFor="queue-point">{t('queue.point')}</label>
        <select id="queue-point" value={choice.pointId ?? ''} onChange={(e) => set('titik', e.target.value)}>
          {choice.points.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {withCounter ? (
        <div className="field">
          <label htmlFor="queue-counter">{t('queue.counter')}</label>
          <select id="queue-counter" value={choice.counterNo} onChange={(e) => set('loket', e.target.value)}>
            {counterNumbers(choice.counters).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </div>
  );
}
