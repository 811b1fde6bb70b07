import { withQuery } from '../../lib/api';

/** Shapes of the coverage, trend and forecast answers (server: modules/counters, snapshots, forecast). */
export interface CoverageFigures {
  population: number;
  mustHoldId: number;
  recorded: number;
  notRecorded: number;
  /** 0..1, null when nobody must hold an ID there. */
  percentRecorded: number | null;
  printReadyWaiting: number;
  printed: number;
  handedOver: number;
  needsRerecording: number;
  digitalIdActive: number;
  voters: number;
  votersRecorded: number;
}

export interface CoverageRow {
  code: string;
  name: string;
  level: string;
  figures: CoverageFigures;
}

export interface Election {
  id: number;
  name: string;
  kind: 'pemilu' | 'pilkada';
  votingDate: string;
  regionCodes: string[];
}

export interface CoverageResponse {
  referenceDate: string;
  election: { id: number; name: string; votingDate: string } | null;
  region: CoverageRow;
  children: CoverageRow[];
}

export interface TrendPoint {
  date: string;
  mustHoldId: number;
  recorded: number;
  printed: number;
  handedOver: number;
  printReadyWaiting: number;
  percentRecorded: number | null;
}

export type ForecastStatus = 'reached' | 'on_track' | 'off_track' | 'insufficient_history' | 'stalled';

export interface Reason {
  code: string;
  message: string;
  messageEn: string;
}

export interface Forecast {
  /** Share of wajib KTP to reach, 0..1. */
  target: number;
  /** The target as a count of people. */
  targetCount: number;
  recorded: number;
  remaining: number;
  paceLast7: number | null;
  paceLast28: number | null;
  requiredDailyRate: number | null;
  model: 'linear' | 'decay' | null;
  projectedDate: string | null;
  low: string | null;
  high: string | null;
  status: ForecastStatus;
  reasons: Reason[];
}

export interface ForecastResponse {
  region: { code: string; name: string; level: string };
  referenceDate: string;
  today: string;
  /** The day the target must be met by; null without an upcoming election or date. */
  deadline: string | null;
  election: { id: number; name: string; votingDate: string } | null;
  target: number;
  series: { date: string; recorded: number; mustHoldId: number; printed: number; live: boolean }[];
  forecast: Forecast;
}

/** What the dashboard is measured against: an election's voting day, or a plain date. */
export type Reference = { kind: 'election'; id: number } | { kind: 'date'; date: string };

export function referenceParams(reference: Reference): { election?: number; date?: string } {
  return reference.kind === 'election' ? { election: reference.id } : { date: reference.date };
}

export function coveragePath(region: string, reference: Reference): string {
  return withQuery('/v1/coverage', { region, ...referenceParams(reference) });
}

export function forecastPath(region: string, reference: Reference): string {
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
 * Trend over 120 days: up to today for an election (where do we stand now, on the way to voting day), up to
 * the chosen date for a past date.
 */
export function trendPath(region: string, reference: Reference, today: string): string {
  const to = reference.kind === 'date' && reference.date < today ? reference.date : today;
  return withQuery('/v1/coverage/trend', { region, from: shiftDate(to, -120), to });
}

/** The election to show first: the nearest upcoming one, else the most recent. */
export function defaultElection(items: Election[], today: string): Election | undefined {
  const upcoming = items
    .filter((e) => e.votingDate >= today)
    .sort((a, b) => (a.votingDate < b.votingDate ? -1 : 1));
  if (upcoming[0]) return upcoming[0];
  return [...items].sort((a, b) => (a.votingDate < b.votingDate ? 1 : -1))[0];
}
