import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callOrder,
  DEFAULT_PRIORITY_RATIO,
  laneWithTurn,
  nextTicket,
  officeTime,
  outcomePatch,
  type QueueLane,
  type RatioLane,
  ratioLaneOf,
  type WaitingTicket,
} from '../src/index';

let n = 0;
function ticket(lane: QueueLane, over: Partial<WaitingTicket> = {}): WaitingTicket {
  n += 1;
  return {
    id: n,
    lane,
    windowStart: null,
    queuedAt: `2030-03-04T01:${String(n % 60).padStart(2, '0')}:00.000Z`,
    number: n,
    counterNo: null,
    service: 'recording',
    ...over,
  };
}

const ctx = { nowTime: '09:00', recent: [] as RatioLane[], ratio: DEFAULT_PRIORITY_RATIO, counterNo: 1 };

describe('queue order', () => {
  it('calls due bookings in slot order before walk-ins, and keeps early bookings waiting', () => {
    const walk = ticket('walk_in');
    const late = ticket('booked', { windowStart: '08:30' });
    const early = ticket('booked', { windowStart: '08:00' });
    const future = ticket('booked', { windowStart: '10:00' });
    const waiting = [walk, late, early, future];
    expect(nextTicket(waiting, ctx)?.id).toBe(early.id);
    expect(nextTicket([walk, future], ctx)?.id).toBe(walk.id);
    // Nothing else waits: an early arrival is better served than an idle counter.
    expect(nextTicket([future], ctx)?.id).toBe(future.id);
    expect(nextTicket([], ctx)).toBeUndefined();
  });

  it('alternates 2 priority : 1 normal, and a ticket transferred to this counter goes first', () => {
    const p1 = ticket('priority');
    const w1 = ticket('walk_in');
    expect(nextTicket([p1, w1], ctx)?.id).toBe(p1.id);
    expect(nextTicket([p1, w1], { ...ctx, recent: ['priority'] })?.id).toBe(p1.id);
    expect(nextTicket([p1, w1], { ...ctx, recent: ['priority', 'priority'] })?.id).toBe(w1.id);
    expect(nextTicket([p1, w1], { ...ctx, recent: ['normal', 'priority'] })?.id).toBe(p1.id);
    const moved = ticket('walk_in', { counterNo: 1 });
    expect(nextTicket([p1, w1, moved], ctx)?.id).toBe(moved.id);
    expect(nextTicket([moved], { ...ctx, counterNo: 2 })).toBeUndefined();
    expect(nextTicket([p1, w1], { ...ctx, service: 'printing' })).toBeUndefined();
  });

  it('orders the calls of simultaneous counters like successive ones', () => {
    const p1 = ticket('priority');
    const p2 = ticket('priority');
    const p3 = ticket('priority');
    const w1 = ticket('walk_in');
    const order = callOrder([w1, p3, p2, p1], ctx, 10).map((t) => t.id);
    expect(order).toEqual([p1.id, p2.id, w1.id, p3.id]);
    expect(callOrder([w1, p1], ctx, 1)).toHaveLength(1);
  });

  it('a lane alone takes every call', () => {
    expect(
      laneWithTurn(['priority', 'priority', 'priority'], DEFAULT_PRIORITY_RATIO, {
        priority: true,
        normal: false,
      }),
    ).toBe('priority');
    expect(
      laneWithTurn(['normal', 'normal'], DEFAULT_PRIORITY_RATIO, { priority: false, normal: true }),
    ).toBe('normal');
    expect(laneWithTurn([], DEFAULT_PRIORITY_RATIO, { priority: false, normal: false })).toBeUndefined();
  });

  it('never starves either lane: while both wait, no lane gets more than its share in a row', () => {
    const step = fc.record({
      arrive: fc.constantFrom<QueueLane>('priority', 'walk_in', 'booked'),
      call: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(step, { maxLength: 120 }),
        (p, q, steps) => {
          const ratio = { priority: p, normal: q };
          let waiting: WaitingTicket[] = [];
          const recent: RatioLane[] = [];
          let run = { lane: '' as string, length: 0 };
          for (const s of steps) {
            waiting.push(ticket(s.arrive, s.arrive === 'booked' ? { windowStart: '08:00' } : {}));
            if (!s.call) continue;
            const both =
              waiting.some((t) => t.lane === 'priority') && waiting.some((t) => t.lane !== 'priority');
            const next = nextTicket(waiting, { ...ctx, recent, ratio });
            if (!next) continue;
            const lane = ratioLaneOf(next.lane);
            run = run.lane === lane ? { lane, length: run.length + 1 } : { lane, length: 1 };
            if (both && run.length > ratio[lane]) return false;
            if (!both) run = { lane, length: 0 };
            recent.unshift(lane);
            waiting = waiting.filter((t) => t.id !== next.id);
          }
          return true;
        },
      ),
    );
  });

  it('orders as asking for the next ticket after each call would (the reference), for any line', () => {
    const arbTicket = fc.record({
      lane: fc.constantFrom<QueueLane>('priority', 'walk_in', 'booked'),
      window: fc.constantFrom('08:00', '09:30', '11:00'),
      minute: fc.integer({ min: 0, max: 5 }),
      counterNo: fc.constantFrom(null, null, null, 1, 2),
      service: fc.constantFrom('recording', 'ikd_activation'),
    });
    fc.assert(
      fc.property(
        fc.array(arbTicket, { maxLength: 40 }),
        fc.array(fc.constantFrom<RatioLane>('priority', 'normal'), { maxLength: 6 }),
        fc.record({ priority: fc.integer({ min: 1, max: 3 }), normal: fc.integer({ min: 1, max: 3 }) }),
        fc.constantFrom(undefined, 'recording'),
        fc.integer({ min: 1, max: 30 }),
        (specs, recent, ratio, service, limit) => {
          const waiting = specs.map((t) =>
            ticket(t.lane, {
              windowStart: t.lane === 'booked' ? t.window : null,
              queuedAt: `2030-03-04T01:0${t.minute}:00.000Z`,
              counterNo: t.counterNo,
              service: t.service,
            }),
          );
          const at = { ...ctx, nowTime: '09:30', recent, ratio, counterNo: 1, service };
          const reference: number[] = [];
          let left = [...waiting];
          const seen = [...recent];
          while (reference.length < limit) {
            const next = nextTicket(left, { ...at, recent: seen });
            if (!next) break;
            reference.push(next.id);
            seen.unshift(ratioLaneOf(next.lane));
            left = left.filter((t) => t.id !== next.id);
          }
          expect(callOrder(waiting, at, limit).map((t) => t.id)).toEqual(reference);
        },
      ),
    );
  });

  it('tells the wall-clock time of a province', () => {
    expect(officeTime('18.71', new Date('2030-03-04T01:05:00Z'))).toBe('08:05');
    expect(officeTime('52.01', new Date('2030-03-04T01:05:00Z'))).toBe('09:05');
  });
});

describe('queue outcomes', () => {
  const fresh = {
    recordingStatus: 'UNREGISTERED' as const,
    printStatus: 'NOT_PRINTED' as const,
    ikdActivatedDate: null,
  };
  it('recorded moves an unrecorded resident to BIO_CAPTURED, and only such a resident', () => {
    expect(outcomePatch('recorded', fresh, '2030-03-04', 'UPT')).toEqual({
      ok: true,
      patch: { recordingStatus: 'BIO_CAPTURED', recordingDate: '2030-03-04', recordingPlace: 'UPT' },
    });
    const prr = { ...fresh, recordingStatus: 'PRINT_READY_RECORD' as const };
    expect(outcomePatch('recorded', prr, '2030-03-04', 'UPT')).toEqual({
      ok: false,
      code: 'outcome_not_recordable',
    });
  });
  it('hand-over needs a printed card, IKD a recorded resident without IKD', () => {
    expect(outcomePatch('card_handed_over', fresh, '2030-03-04', 'x')).toMatchObject({ ok: false });
    const printed = {
      ...fresh,
      recordingStatus: 'PRINT_READY_RECORD' as const,
      printStatus: 'PRINTED' as const,
    };
    expect(outcomePatch('card_handed_over', printed, '2030-03-04', 'x')).toMatchObject({ ok: true });
    expect(outcomePatch('ikd_activated', fresh, '2030-03-04', 'x')).toMatchObject({ ok: false });
    expect(outcomePatch('ikd_activated', printed, '2030-03-04', 'x')).toEqual({
      ok: true,
      patch: { ikdActivatedDate: '2030-03-04' },
    });
    expect(outcomePatch('referred', fresh, '2030-03-04', 'x')).toEqual({ ok: true, patch: null });
  });
});
