import type { ReportSource, ReportStatus } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

/**
 * Daily reports are read here directly: the reports module owns how they are written and reviewed, the
 * export only needs the stored rows. Switch to its read function if it grows one with the same shape.
 */
export interface DailyReportExportRow {
  regencyCode: string;
  regencyName: string;
  date: string | null;
  source: ReportSource | null;
  recordedToday: number | null;
  cumulativeRecorded: number | null;
  mustHoldId: number | null;
  printReadyWaiting: number | null;
  printed: number | null;
  blankoStock: number | null;
  suketIssued: number | null;
  status: ReportStatus | null;
  flags: string | null;
  notes: string | null;
  reviewComment: string | null;
}

/**
 * Every regency inside the region with its report of the day, or nulls when it has not reported:
 * the province needs to see who is missing as much as what was sent.
 */
export async function dailyReportsOn(
  db: Kysely<Database>,
  region: string,
  date: string,
): Promise<DailyReportExportRow[]> {
  return db
    .selectFrom('regions as g')
    .leftJoin('daily_reports as d', (j) => j.onRef('d.regency_code', '=', 'g.code').on('d.date', '=', date))
    .where('g.level', '=', 'regency')
    .where(withinScope('g.code', region))
    .select([
      'g.code as regencyCode',
      'g.name as regencyName',
      'd.date',
      'd.source',
      'd.recorded_today as recordedToday',
      'd.cumulative_recorded as cumulativeRecorded',
      'd.must_hold_id as mustHoldId',
      'd.print_ready_waiting as printReadyWaiting',
      'd.printed',
      'd.blanko_stock as blankoStock',
      'd.suket_issued as suketIssued',
      'd.status',
      'd.flags',
      'd.notes',
      'd.review_comment as reviewComment',
    ])
    .orderBy('g.code')
    .execute();
}
