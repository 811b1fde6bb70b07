import type {
  ServiceTimesReport,
  ServiceTimesRow,
  SkmPeriodQuery,
  SkmPointIndex,
  SkmReport,
} from '@sigap/contracts';
import {
  addDays,
  compareIsoDates,
  durationStats,
  minutesBetween,
  officeToday,
  skmSummary,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { skmErrors } from './skm.errors';
import { listFinishedTickets, listResponses } from './skm.repository';

/** The longest period: a year, for the annual SKM report. */
export const MAX_PERIOD_DAYS = 366;
/** Without dates: the last 30 days up to the region's today. */
const DEFAULT_DAYS = 30;

export interface Period {
  region: string;
  from: string;
  to: string;
}

/** The region (default: the user's scope, which it must lie in) and the period, checked. */
export function periodOf(ctx: RequestContext, q: SkmPeriodQuery, now = new Date()): Period {
  const region = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'skm.read', region);
  const to = q.to ?? officeToday(region, now);
  const from = q.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (compareIsoDates(from, to) > 0 || compareIsoDates(addDays(from, MAX_PERIOD_DAYS - 1), to) < 0) {
    throw skmErrors.badRange(MAX_PERIOD_DAYS);
  }
  return { region, from, to };
}

export type SkmResponseRow = Awaited<ReturnType<typeof listResponses>>[number];

export async function responsesOf(handle: Db, p: Period): Promise<SkmResponseRow[]> {
  return listResponses(handle.db, p.region, p.from, p.to);
}

/** The index of the whole region and of each point with answers in the period. */
export function summarise(p: Period, rows: readonly SkmResponseRow[]): SkmReport {
  const sheets = rows.map((r) => JSON.parse(r.answers) as number[]);
  const byPoint = new Map<number, { row: SkmResponseRow; sheets: number[][] }>();
  rows.forEach((r, i) => {
    const entry = byPoint.get(r.service_point_id) ?? { row: r, sheets: [] };
    entry.sheets.push(sheets[i] ?? []);
    byPoint.set(r.service_point_id, entry);
  });
  const points: SkmPointIndex[] = [...byPoint.values()].map(({ row, sheets: s }) => ({
    pointId: row.service_point_id,
    name: row.point_name,
    regionCode: row.region_code,
    ...skmSummary(s),
  }));
  return { ...p, total: skmSummary(sheets), points };
}

export async function skmReport(
  handle: Db,
  ctx: RequestContext,
  q: SkmPeriodQuery,
  now?: Date,
): Promise<SkmReport> {
  const p = periodOf(ctx, q, now);
  return summarise(p, await responsesOf(handle, p));
}

type Group = {
  pointId: number;
  pointName: string;
  counter: number | null;
  service: ServiceTimesRow['service'];
  wait: number[];
  serving: number[];
};

/** Median and 90th percentile of waiting (check-in or issue → call) and service (call → finish) times. */
export async function serviceTimes(
  handle: Db,
  ctx: RequestContext,
  q: SkmPeriodQuery,
  now?: Date,
): Promise<ServiceTimesReport> {
  const p = periodOf(ctx, q, now);
  const groups = {
    point: new Map<string, Group>(),
    counter: new Map<string, Group>(),
    service: new Map<string, Group>(),
  };
  for (const t of await listFinishedTickets(handle.db, p.region, p.from, p.to)) {
    const wait = minutesBetween(t.checked_in_at ?? t.issued_at, t.called_at);
    const serving = minutesBetween(t.called_at, t.finished_at);
    const keys: [keyof typeof groups, string, number | null, Group['service']][] = [
      ['point', `${t.service_point_id}`, null, null],
      ['counter', `${t.service_point_id}:${t.counter_no}`, t.counter_no, null],
      ['service', `${t.service_point_id}:${t.service}`, null, t.service],
    ];
    for (const [kind, key, counter, service] of keys) {
      const g = groups[kind].get(key) ?? {
        pointId: t.service_point_id,
        pointName: t.point_name,
        counter,
        service,
        wait: [],
        serving: [],
      };
      if (wait !== null) g.wait.push(wait);
      if (serving !== null) g.serving.push(serving);
      groups[kind].set(key, g);
    }
  }
  const rows = (m: Map<string, Group>): ServiceTimesRow[] =>
    [...m.values()]
      .sort(
        (a, b) =>
          a.pointName.localeCompare(b.pointName) ||
          (a.counter ?? 0) - (b.counter ?? 0) ||
          String(a.service).localeCompare(String(b.service)),
      )
      .map((g) => ({
        pointId: g.pointId,
        pointName: g.pointName,
        counter: g.counter,
        service: g.service,
        wait: durationStats(g.wait),
        serving: durationStats(g.serving),
      }));
  return {
    ...p,
    byPoint: rows(groups.point),
    byCounter: rows(groups.counter),
    byService: rows(groups.service),
  };
}
