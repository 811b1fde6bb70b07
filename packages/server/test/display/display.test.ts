import type { DisplayBoard, DisplayCall } from '@sigap/contracts';
import { beforeAll, expect, it } from 'vitest';
import { announceQueueChange } from '../../src/modules/display';
import { describeEachEngine } from '../helpers/test-env';
import { insertPoint, insertTicket, openEvents } from './helpers';

describeEachEngine('display board and live events', (env) => {
  let base = '';
  let pointId = 0;
  beforeAll(async () => {
    await env().app.listen({ port: 0, host: '127.0.0.1' });
    const address = env().app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    pointId = await insertPoint(env().handle.db, 'UPT Tampilan Uji', 3);
  });

  it('shows each counter, the last calls and who waits, with no personal data', async () => {
    const db = env().handle.db;
    await insertTicket(db, pointId, { status: 'waiting', lane: 'priority' });
    await insertTicket(db, pointId, { status: 'waiting' });
    const called = await insertTicket(db, pointId, { status: 'serving', counter: 2 });
    const res = await env().anonymous().get<DisplayBoard>(`/api/v1/display/${pointId}`);
    expect(res.status).toBe(200);
    const board = res.body;
    expect(board.counters).toHaveLength(3);
    expect(board.counters[1]).toMatchObject({ counter: 2, label: called.label, status: 'serving' });
    expect(board.counters[0]?.label).toBeNull();
    expect(board.waiting).toEqual({ booked: 1, priority: 1, walk_in: 0 });
    expect(board.lastCalls[0]).toMatchObject({ label: called.label, counter: 2, recall: false });
    expect(board.eventId).toBe(called.eventId);
    expect(Object.keys(board.lastCalls[0] ?? {}).sort()).toEqual(['at', 'counter', 'id', 'label', 'recall']);
  });

  it('answers 404 for a point that does not exist, on the board and the stream', async () => {
    expect((await env().anonymous().get('/api/v1/display/999999')).status).toBe(404);
    const res = await fetch(`${base}/api/v1/display/999999/events`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toBe('display_point_not_found');
  });

  it('pushes the board and a call event when the queue announces a change', async () => {
    const stream = await openEvents(`${base}/api/v1/display/${pointId}/events`);
    try {
      expect(stream.status).toBe(200);
      expect(stream.contentType).toContain('text/event-stream');
      await stream.next((e) => e.event === 'board');
      const t = await insertTicket(env().handle.db, pointId, { status: 'called', counter: 1 });
      await announceQueueChange(env().handle, pointId, { kind: 'called', ticketId: t.ticketId });
      const call = await stream.next((e) => e.event === 'call');
      expect(call.data).toMatchObject({ label: t.label, counter: 1, recall: false });
      expect(call.id).toBe(String(t.eventId));
      const board = await stream.next((e) => e.event === 'board');
      expect((board.data as DisplayBoard).counters[0]?.label).toBe(t.label);
      expect(board.id).toBe(String(t.eventId));
    } finally {
      await stream.close();
    }
  });

  it('replays the calls a reconnecting display missed (Last-Event-ID)', async () => {
    const db = env().handle.db;
    const before = await insertTicket(db, pointId, { status: 'called', counter: 3 });
    const missed = await insertTicket(db, pointId, { status: 'called', counter: 3, event: 'recalled' });
    const stream = await openEvents(`${base}/api/v1/display/${pointId}/events`, {
      'last-event-id': String(before.eventId),
    });
    try {
      const call = await stream.next((e) => e.event === 'call');
      expect(call.data as DisplayCall).toMatchObject({ label: missed.label, recall: true, counter: 3 });
      const board = await stream.next((e) => e.event === 'board');
      expect(board.id).toBe(String(missed.eventId));
    } finally {
      await stream.close();
    }
  });

  it('leaves other points alone', async () => {
    const other = await insertPoint(env().handle.db, 'UPT Lain Uji', 1);
    const stream = await openEvents(`${base}/api/v1/display/${other}/events`);
    try {
      await stream.next((e) => e.event === 'board');
      const t = await insertTicket(env().handle.db, pointId, { status: 'called', counter: 1 });
      await announceQueueChange(env().handle, pointId, { kind: 'called', ticketId: t.ticketId });
      await expect(stream.next((e) => e.event === 'call', 400)).rejects.toThrow(/no matching event/);
    } finally {
      await stream.close();
    }
  });
});
