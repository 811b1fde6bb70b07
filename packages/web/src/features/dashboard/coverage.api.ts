import type { CoverageQuery, Election } from '@sigap/contracts';
import { withQuery } from '../../lib/api';

/** What the dashboard is measured against: an election's voting day, or a plain date. */
export type Reference = { kind: 'election'; id: number } | { kind: 'date'; date: string };

export function referenceParams(reference: Reference): Pick<CoverageQuery, 'date' | 'election'> {
  return reference.kind === 'election' ? { election: reference.id } : { date: reference.date };
}

export function coveragePath(region: string, reference: Reference): string {
  return withQuery('/v1/coverage', { region, ...referenceParams(reference) });
}

/**
 * The forecast of an election or date; for today, against the next real election (the server picks it), so
 * "today first" still shows the pace towards a voting day rather than a deadline of today.
 */
export function forecastPath(region: string, reference: Reference, today: string): string {
  if (reference.kind === 'date' && reference.date === today) return withQuery('/v1/forecast', { region });
  return withQuery('/v1/forecast', { region, ...referenceParams(reference) });
}

export function exportPath(file: 'coverage.xlsx' | 'situation-report.pdf', region: string, ref: Reference) {
  return withQuery(`/v1/exports/${file}`, { region, ...referenceParams(ref) });
}

/** ISO date `days` before/after a `YYYY-MM-DD` date. */
export function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Trend over 120 days: up to today for an election ahead (where do we stand now, on the way to voting day),
 * up to the reference date for a past date or a past election: what was true then, nothing after it.
 */
export function trendPath(region: string, referenceDate: string, today: string): string {
  const to = referenceDate < today ? referenceDate : today;
  return withQuery('/v1/coverage/trend', { region, from: shiftDate(to, -120), to });
}

/** The next real election (never a demo one): the dashboard's second line. */
export function nextRealElection(items: Election[], today: string): Election | undefined {
  return items
    .filter((e) => !e.demo && e.votingDate >= today)
    .sort((a, b) => (a.votingDate < b.votingDate ? -1 : 1))[0];
}

/** The election to show first: the nearest upcoming real one, else the nearest upcoming, else the most recent. */
export function defaultElection(items: Election[], today: string): Election | undefined {
  const real = nextRealElection(items, today);
  if (real) return real;
  const upcoming = items
    .filter((e) => e.votingDate >= today)
    .sort((a, b) => (a.votingDate < b.votingDate ? -1 : 1));
  if (upcoming[0]) return upcoming[0];
  return [...items].sort((a, b) => (a.votingDate < b.votingDate ? 1 : -1))[0];
}
