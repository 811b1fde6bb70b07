import { describe, expect, it } from 'vitest';
import { remainingWaitMs } from '../../src/modules/auth/login-throttle';

/** The throttle policy as numbers (no database): the caps that keep it from ever becoming a lock-out. */
const now = new Date('2030-01-15T01:00:00.000Z');
const justNow = now.toISOString();
const none = { n: 0, last: null };

function state(over: Partial<Parameters<typeof remainingWaitMs>[0]>) {
  return { trusted: false, pair: none, ip: none, elsewhere: { ...none, ips: 0 }, ...over };
}

describe('login throttle policy', () => {
  it('lets the first 5 failures of a pair go, then doubles the wait from 1 s up to 15 minutes', () => {
    const wait = (n: number) => remainingWaitMs(state({ pair: { n, last: justNow } }), now);
    expect([4, 5, 6, 7, 14, 15, 1000].map(wait)).toEqual([0, 1000, 2000, 4000, 512_000, 900_000, 900_000]);
  });

  it('slows an IP (any username) after 10 failures, never by more than 30 s', () => {
    const wait = (n: number) => remainingWaitMs(state({ ip: { n, last: justNow } }), now);
    expect([9, 10, 12, 14, 15, 10_000].map(wait)).toEqual([0, 1000, 4000, 16_000, 30_000, 30_000]);
  });

  it('slows a username for failures elsewhere only when they come from 2 or more IPs, at most 30 s', () => {
    const wait = (n: number, ips: number) =>
      remainingWaitMs(state({ elsewhere: { n, last: justNow, ips } }), now);
    expect(wait(500, 1)).toBe(0);
    expect(wait(9, 5)).toBe(0);
    expect(wait(10, 2)).toBe(1000);
    expect(wait(500, 50)).toBe(30_000);
  });

  it('a browser with a device cookie waits only for its own failures', () => {
    const busy = { n: 10_000, last: justNow };
    expect(remainingWaitMs(state({ trusted: true, ip: busy, elsewhere: { ...busy, ips: 99 } }), now)).toBe(0);
    expect(remainingWaitMs(state({ trusted: true, pair: { n: 6, last: justNow } }), now)).toBe(2000);
  });

  it('counts the wait from the last failure', () => {
    const earlier = new Date(now.getTime() - 10_000).toISOString();
    expect(remainingWaitMs(state({ ip: { n: 15, last: earlier } }), now)).toBe(20_000);
    expect(remainingWaitMs(state({ pair: { n: 6, last: earlier } }), now)).toBe(0);
  });
});
