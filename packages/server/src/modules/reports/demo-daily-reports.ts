import type { SubmitReportBody } from '@sigap/contracts';
import { addDays, officeToday, ZONE_OFFSET_MINUTES, zoneOfRegion } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { reviewReportCommand, submitReportCommand } from './reports.commands';
import {
  anyReportStored,
  findReportById,
  findSnapshotFigures,
  findUsersNamed,
  regencyCodesOf,
} from './reports.repository';

/** Who sends and who reviews a demo province's reports (demo users; a regency without its own operator
 * among them is sent under the province admin, and its note says so). */
const DEMO_DESKS = [
  { province: '18', admin: 'lampung.admin', operators: { '18.71': 'bandarlampung.operator' } },
  { province: '52', admin: 'ntb.admin', operators: { '52.01': 'lombokbarat.operator' } },
] as const;

const DAYS = 21;

/** The instant a local hour of `date` falls on in the region's zone (days after `date` when `dayOffset`). */
function localInstant(region: string, date: string, hour: number, dayOffset = 0): string {
  const offset = ZONE_OFFSET_MINUTES[zoneOfRegion(region)];
  const ms = Date.parse(`${addDays(date, dayOffset)}T00:00:00Z`) + (hour * 60 - offset) * 60_000;
  return new Date(ms).toISOString();
}

/**
 * Three weeks of daily reports on the first start, so the province's review table, the month grid and the
 * watch list show a living desk: most regencies on time, some late, a few days missing, one returned with a
 * comment. Figures are the day-close snapshots of the demo registry (so they agree with the dashboard's
 * trend); every note starts with [DEMO]. Nothing is seeded once any report exists.
 */
export async function seedDemoDailyReports(handle: Db, now: Date): Promise<number> {
  if (await anyReportStored(handle.db)) return 0;
  let sent = 0;
  for (const desk of DEMO_DESKS) {
    const operators: Record<string, string> = desk.operators;
    const users = await findUsersNamed(handle.db, [desk.admin, ...Object.values(operators)]);
    const byName = new Map(users.map((u) => [u.username, u]));
    const admin = byName.get(desk.admin);
    if (!admin) continue;
    const regencies = await regencyCodesOf(handle.db, desk.province);
    const today = officeToday(desk.province, now);
    for (const [i, { code }] of regencies.entries()) {
      const sender = byName.get(operators[code] ?? '') ?? admin;
      let previous: number | undefined;
      for (let back = DAYS; back >= 1; back--) {
        const date = addDays(today, -back);
        const f = await findSnapshotFigures(handle.db, code, date);
        const recordedBefore = previous;
        previous = f?.recorded;
        const roll = (i * 7 + back * 3) % 13;
        if (!f || roll === 0) continue; // a day this regency did not report
        const late = roll === 5 || roll === 9;
        const body: SubmitReportBody = {
          regency: code,
          date,
          source: 'sigap',
          recordedToday: recordedBefore === undefined ? null : f.recorded - recordedBefore,
          cumulativeRecorded: f.recorded,
          mustHoldId: f.must_hold_id,
          printReadyWaiting: f.print_ready_waiting,
          printed: f.printed,
          notes:
            sender === admin
              ? '[DEMO] Laporan contoh, dikirim atas nama admin provinsi.'
              : late
                ? '[DEMO] Jaringan SIAK terputus sore hari; laporan dikirim pagi berikutnya.'
                : '[DEMO] Laporan contoh dari data SIAK.',
        };
        const id = await submitReportCommand(handle, {
          body,
          values: {
            source: 'sigap',
            recorded_today: body.recordedToday ?? null,
            cumulative_recorded: f.recorded,
            must_hold_id: f.must_hold_id,
            print_ready_waiting: f.print_ready_waiting,
            printed: f.printed,
            blanko_stock: null,
            suket_issued: null,
            stated_percent: null,
            stated_remaining: null,
            stated_remaining_percent: null,
            notes: body.notes ?? null,
            flags: '[]',
            status: 'submitted',
            submitted_by: sender.id,
            submitted_at: late ? localInstant(code, date, 9, 1) : localInstant(code, date, 15),
            reviewed_by: null,
            reviewed_at: null,
            review_comment: null,
          },
          flagCodes: [],
          actor: sender,
          ip: null,
        });
        sent++;
        // The last two days wait for review; one earlier report went back to its regency.
        if (back <= 2) continue;
        const report = await findReportById(handle.db, id);
        if (!report) continue;
        // Returned to a regency whose operator is a demo user, so its card shows the return.
        const returned = sender !== admin && back === 4;
        await reviewReportCommand(handle, {
          report,
          review: returned
            ? { decision: 'return', comment: '[DEMO] Kumulatif berbeda dengan SIAK, mohon diperiksa lagi.' }
            : { decision: 'approve', comment: '' },
          actor: admin,
          ip: null,
        });
      }
    }
  }
  return sent;
}
