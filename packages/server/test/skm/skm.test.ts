import type { ServiceTimesReport, SkmReport, SkmSurveyContext } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { skmPathFor } from '../../src/modules/skm';
import { insertPoint, insertTicket } from '../display/helpers';
import { describeEachEngine } from '../helpers/test-env';

const ALL = (v: number) => Array(9).fill(v) as number[];
const tokenOf = (ticketId: number) => skmPathFor(ticketId).replace('/skm/', '');

describeEachEngine('SKM survey, index and times', (env) => {
  let pointId = 0;
  beforeAll(async () => {
    pointId = await insertPoint(env().handle.db, 'UPT Survei Uji', 2);
  });

  it("opens a finished ticket's link once: the form, the answer, then refused", async () => {
    const { ticketId } = await insertTicket(env().handle.db, pointId, { status: 'done', counter: 1 });
    const path = skmPathFor(ticketId);
    expect(path).toMatch(/^\/skm\/\d+\.[A-Za-z0-9_-]{22}$/);
    const anon = env().anonymous();
    const form = await anon.get<SkmSurveyContext>(`/api/v1/skm/survey/${tokenOf(ticketId)}`);
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ point: { id: pointId, name: 'UPT Survei Uji' }, service: 'recording' });
    const answered = await anon.post(`/api/v1/skm/survey/${tokenOf(ticketId)}`, {
      answers: ALL(4),
      comment: 'Cepat.',
    });
    expect(answered.status).toBe(201);
    const again = await anon.post(`/api/v1/skm/survey/${tokenOf(ticketId)}`, { answers: ALL(1) });
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('skm_already_answered');
    expect((await anon.get(`/api/v1/skm/survey/${tokenOf(ticketId)}`)).body.error).toBe(
      'skm_already_answered',
    );
    const stored = await env()
      .handle.db.selectFrom('skm_responses')
      .selectAll()
      .where('ticket_id', '=', ticketId)
      .execute();
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]?.answers ?? '[]')).toEqual(ALL(4));
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'skm.answer')
      .where('entity_id', '=', String(stored[0]?.id))
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).not.toContain('Cepat');
  });

  it('refuses a tampered or made-up link, and a ticket not yet finished', async () => {
    const { ticketId } = await insertTicket(env().handle.db, pointId, { status: 'done', counter: 1 });
    const token = tokenOf(ticketId);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const anon = env().anonymous();
    for (const bad of [
      `${token.slice(0, -1)}${last}`,
      `${ticketId + 1}.${token.split('.')[1]}`,
      `${ticketId}.abc`,
    ]) {
      const r = await anon.post(`/api/v1/skm/survey/${bad}`, { answers: ALL(3) });
      expect(r.status).toBe(404);
      expect(r.body.error).toBe('skm_link_invalid');
    }
    const serving = await insertTicket(env().handle.db, pointId, { status: 'serving', counter: 2 });
    const r = await anon.get(`/api/v1/skm/survey/${tokenOf(serving.ticketId)}`);
    expect(r.status).toBe(409);
    expect(r.body.error).toBe('skm_ticket_not_finished');
  });

  it('validates the nine answers', async () => {
    const { ticketId } = await insertTicket(env().handle.db, pointId, { status: 'done', counter: 1 });
    const anon = env().anonymous();
    expect((await anon.post(`/api/v1/skm/survey/${tokenOf(ticketId)}`, { answers: [4, 4, 4] })).status).toBe(
      400,
    );
    expect(
      (await anon.post(`/api/v1/skm/survey/${tokenOf(ticketId)}`, { answers: [...ALL(4).slice(1), 5] }))
        .status,
    ).toBe(400);
  });

  it('takes kiosk answers for an existing point and limits how fast', async () => {
    const anon = env().anonymous();
    expect((await anon.get(`/api/v1/skm/kiosk/${pointId}`)).body).toMatchObject({ point: { id: pointId } });
    expect(
      (await anon.post(`/api/v1/skm/kiosk/${pointId}`, { answers: ALL(2), service: 'printing' })).status,
    ).toBe(201);
    expect((await anon.post('/api/v1/skm/kiosk/999999', { answers: ALL(2) })).body.error).toBe(
      'skm_point_not_found',
    );
    const kiosk = env().app;
    let last = 0;
    for (let i = 0; i < 22; i++) {
      const r = await kiosk.inject({
        method: 'POST',
        url: `/api/v1/skm/kiosk/${pointId}`,
        payload: { answers: ALL(3) },
        remoteAddress: '10.9.9.9',
      });
      last = r.statusCode;
    }
    expect(last).toBe(429);
  });

  it('reports the index per point and element with its band, and exports the workbook', async () => {
    const other = await insertPoint(env().handle.db, 'UPT Indeks Uji', 1);
    const anon = env().anonymous();
    for (const sheet of [ALL(4), ALL(3), [4, 3, 3, 3, 3, 3, 3, 3, 3]]) {
      expect((await anon.post(`/api/v1/skm/kiosk/${other}`, { answers: sheet })).status).toBe(201);
    }
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<SkmReport>('/api/v1/skm?region=18.71');
    expect(r.status).toBe(200);
    const p = r.body.points.find((x) => x.pointId === other);
    // Elements: U1 (4+3+4)/3, others (4+3+3)/3 → index (11/3 + 8 × 10/3) / 9 × 25 = 84.26 → B.
    expect(p).toMatchObject({ count: 3, index: 84.26, band: 'B' });
    expect(p?.elements[0]).toBeCloseTo(11 / 3, 6);
    expect(r.body.total.count).toBeGreaterThanOrEqual(3);
    const file = await env().app.inject({
      method: 'GET',
      url: '/api/v1/skm/export?region=18.71',
      headers: { cookie: (await sessionCookie(env)) ?? '' },
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Indeks SKM', 'Jawaban']);
    const raw = book.getWorksheet('Jawaban');
    expect(raw?.rowCount).toBe(1 + r.body.total.count);
  });

  it('refuses a period longer than a year or in the wrong order', async () => {
    const op = await env().as('bandarlampung.operator');
    expect((await op.get('/api/v1/skm?region=18.71&from=2024-01-01&to=2025-06-01')).body.error).toBe(
      'skm_range_invalid',
    );
    expect((await op.get('/api/v1/skm/times?region=18.71&from=2024-02-01&to=2024-01-01')).status).toBe(400);
  });

  it('reports waiting and service times per point, counter and service', async () => {
    const times = await insertPoint(env().handle.db, 'UPT Waktu Uji', 2);
    const day = officeToday('18.71');
    const at = (min: number) => new Date(Date.parse(`${day}T02:00:00.000Z`) + min * 60_000).toISOString();
    const db = env().handle.db;
    for (const [issued, called, finished, counter] of [
      [0, 10, 20, 1],
      [0, 20, 25, 1],
      [0, 30, 60, 2],
    ] as const) {
      await insertTicket(db, times, {
        status: 'done',
        counter,
        issuedAt: at(issued),
        calledAt: at(called),
        finishedAt: at(finished),
      });
    }
    const op = await env().as('bandarlampung.operator');
    const r = await op.get<ServiceTimesReport>('/api/v1/skm/times?region=18.71');
    expect(r.status).toBe(200);
    const point = r.body.byPoint.find((x) => x.pointId === times);
    expect(point?.wait).toEqual({ count: 3, median: 20, p90: 30 });
    expect(point?.serving).toEqual({ count: 3, median: 10, p90: 30 });
    const c1 = r.body.byCounter.find((x) => x.pointId === times && x.counter === 1);
    expect(c1?.wait).toEqual({ count: 2, median: 10, p90: 20 });
    expect(r.body.byService.find((x) => x.pointId === times)?.service).toBe('recording');
  });
});

async function sessionCookie(env: () => { app: import('fastify').FastifyInstance }) {
  const res = await env().app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bandarlampung.operator', password: 'test-password-123' },
  });
  const set = res.headers['set-cookie'];
  const all = Array.isArray(set) ? set : set ? [set] : [];
  return all.find((c) => c.startsWith('sigap_session='))?.split(';')[0];
}
