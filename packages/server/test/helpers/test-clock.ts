/** A clock tests move by hand, so that leases, backoff and timestamps need no sleeping. */
export interface TestClock {
  (): Date;
  advance(ms: number): void;
}

export function testClock(start = '2030-01-02T03:00:00.000Z'): TestClock {
  let t = new Date(start).getTime();
  const clock = (() => new Date(t)) as TestClock;
  clock.advance = (ms) => {
    t += ms;
  };
  return clock;
}
