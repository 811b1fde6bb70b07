/**
 * The reference dates the coverage bench asks about: the past election days, whose figures a dashboard is
 * asked for most, and one day drawn in every year from 2011 (the earliest supported date) to 2029, so the
 * p95 covers dates before, between and after the generated exits and births, not only convenient ones.
 * Drawn with a fixed seed: every run asks the same dates.
 */
export const ELECTION_DAYS = ['2014-04-09', '2019-04-17', '2024-02-14', '2024-11-27'] as const;

export function coverageBenchDates(seed = 17): string[] {
  let state = seed >>> 0;
  // A small linear congruential generator: reproducible without a dependency.
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const drawn: string[] = [];
  for (let year = 2011; year <= 2029; year++) {
    const start = Date.UTC(year, 0, 1);
    const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
    drawn.push(new Date(start + Math.floor(next() * days) * 86_400_000).toISOString().slice(0, 10));
  }
  return [...ELECTION_DAYS, ...drawn].sort();
}
