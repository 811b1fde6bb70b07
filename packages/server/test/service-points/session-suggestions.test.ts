import type { ForecastResponse, SessionSuggestionReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { type PointReply, uptBody } from './helpers';

const REGION = '18.71.01';

/** Finished recordings of `minutes` each at the point, as the counters would leave them. */
async function finishedRecordings(env: TestEnv, pointId: number, count: number, minutes: number) {
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => {
    const start = new Date(now - (i + 1) * 3_600_000);
    return {
      service_point_id: pointId,
      region_code: REGION,
      date: start.toISOString().slice(0, 10),
      lane: 'walk_in' as const,
      prefix: 'S',
      number: i + 1,
      label: `S-${String(i + 1).padStart(3, '0')}`,
      service: 'recording' as const,
      status: 'done' as const,
      outcome: 'recorded',
      issued_at: start.toISOString(),
      called_at: start.toISOString(),
      served_at: start.toISOString(),
      finished_at: new Date(start.getTime() + minutes * 60_000).toISOString(),
    };
  });
  await env.handle.db.insertInto('queue_tickets').values(rows).execute();
}

describeEachEngine('extra-session suggestions', (env) => {
  it('turns the forecast gap into counter-hours and evenings at the configured, then the measured, minutes', async () => {
    const op = await env().as('bandarlampung.operator');
    const point = await op.post<PointReply>('/api/v1/service-points', uptBody({ name: 'UPT Saran Sesi' }));
    expect(point.status).toBe(201);
    const id = point.body.servicePoint.id;

    const first = await op.get<SessionSuggestionReply>(`/api/v1/service-points/suggestions?region=${REGION}`);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const s = first.body;
    const forecast = await op.get<ForecastResponse>(`/api/v1/forecast?region=${REGION}`);
    // One number per figure: the gap starts from the forecast's own "remaining".
    expect(s.remaining).toBe(forecast.body.forecast.remaining);
    expect(s.minutesSource).toBe('configured');
    expect(s.counters).toBeGreaterThanOrEqual(point.body.servicePoint.counters);
    const byPace = s.pacePerDay === null ? 0 : Math.floor(s.pacePerDay * s.daysLeft);
    expect(s.suggestion.gap).toBe(Math.max(0, s.remaining - byPace));
    expect(s.suggestion.counterHours).toBe(Math.ceil((s.suggestion.gap * s.minutesPerService) / 60));

    await finishedRecordings(env(), id, 24, 12);
    const measured = await op.get<SessionSuggestionReply>(
      `/api/v1/service-points/suggestions?region=${REGION}`,
    );
    expect(measured.body).toMatchObject({
      minutesSource: 'measured',
      minutesPerService: 12,
      measuredServices: 24,
    });
  });

  it('refuses a region outside the scope', async () => {
    const ntb = await env().as('ntb.admin');
    expectError(await ntb.get(`/api/v1/service-points/suggestions?region=${REGION}`), 403, 'out_of_scope');
  });
});
