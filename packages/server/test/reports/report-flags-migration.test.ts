/**
 * Migration 0014 on both engines: daily-report flags stored as rendered text become codes and parameters
 * wherever the text reads back exactly; any other text stays, shown as it was under its original code.
 */
import { showReportFlag, storedReportFlags } from '@sigap/domain';
import { sql } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { migrateTo, migrateToLatest } from '../../src/db/migrate';
import { withFreshDb } from '../helpers/fresh-db';

/** Flags exactly as versions before 0014 stored them. */
const OLD_FLAGS = [
  {
    code: 'remaining_mismatch',
    field: 'statedRemaining',
    severity: 'error',
    message:
      'Sisa tertulis 95.484 (1,47%) tidak sesuai dengan hitungan: 6.511.448 − 6.418.683 = 92.765 (1,42%).',
    messageEn:
      'The stated remaining 95,484 (1.47%) does not match the counts: 6,511,448 − 6,418,683 = 92,765 (1.42%).',
  },
  {
    code: 'remaining_mismatch',
    field: 'statedRemaining',
    severity: 'error',
    message: 'Sisa tertulis 120 (12,00%) tidak sesuai dengan hitungan: 1.000 − 900 = 100 (10,00%).',
    messageEn: 'The stated remaining 120 (12.00%) does not match the counts: 1,000 − 900 = 100 (10.00%).',
  },
  {
    code: 'cumulative_decreased',
    field: 'printed',
    severity: 'error',
    message:
      'Jumlah tercetak 400 lebih kecil dari laporan 9 Sep 2024 (450); angka kumulatif tidak boleh turun.',
    messageEn:
      'Printed 400 is lower than in the report of 9 Sept 2024 (450); cumulative figures cannot decrease.',
  },
  {
    code: 'outlier',
    field: 'recordedToday',
    severity: 'warning',
    message: 'Perekaman hari ini 300 jauh di luar kisaran 14 hari terakhir (median 12,5, 8–20); mohon dicek.',
    messageEn: 'Recorded today 300 is far outside the last 14 days (median 12.5, 8–20); please check.',
  },
  {
    code: 'percent_mismatch',
    field: 'statedPercent',
    severity: 'error',
    message:
      'Persentase tertulis tidak sesuai dengan hitungan: tertulis 98,75%; 6.418.683 / 6.511.448 = 98,58%.',
    messageEn:
      'The stated percentage does not match the counts: stated 98.75%; 6,418,683 / 6,511,448 = 98.58%.',
  },
  {
    code: 'negative_value',
    field: 'printed',
    severity: 'error',
    message: 'Jumlah tercetak tidak boleh negatif (-5).',
    messageEn: 'Printed cannot be negative (-5).',
  },
  // Worded by some older version: kept as text.
  {
    code: 'outlier',
    field: 'recordedToday',
    severity: 'warning',
    message: 'Angka hari ini janggal.',
    messageEn: 'Today looks odd.',
  },
];

for (const engine of ['sqlite', 'postgres'] as const) {
  const skip = engine === 'postgres' ? inject('postgresUnavailable') : null;
  describe.skipIf(Boolean(skip))(`migration 0014 (report flag codes) [${engine}]`, () => {
    it('converts flags that read back into codes and parameters, and keeps the others as text', async () => {
      await withFreshDb(engine, 'mig0014', async (handle) => {
        await migrateTo(handle, '0013-imports-on-jobs');
        const insert = (regency: string, flags: string) =>
          sql`insert into daily_reports (regency_code, date, source, cumulative_recorded, must_hold_id, flags,
            status, submitted_by, submitted_at) values (${regency}, '2024-09-10', 'manual', 1, 2, ${flags},
            'submitted', 1, '2024-09-10T10:00:00.000Z')`.execute(handle.db);
        await insert('18.71', JSON.stringify(OLD_FLAGS));
        await insert('18.72', '[]');
        await insert('18.01', 'garbled');
        await migrateToLatest(handle);

        const rows = await handle.db
          .selectFrom('daily_reports')
          .select(['regency_code', 'flags'])
          .orderBy('regency_code')
          .execute();
        const byRegency = new Map(rows.map((r) => [r.regency_code, r.flags]));
        const stored = storedReportFlags(byRegency.get('18.71') ?? null);
        expect(stored.map((f) => f.code)).toEqual([
          ...OLD_FLAGS.slice(0, 6).map((f) => f.code),
          'legacy_text',
        ]);
        expect(stored[0]?.params).toEqual({
          statedRemaining: 95484,
          statedRemainingPercent: 1.47,
          recorded: 6418683,
          mustHoldId: 6511448,
        });
        expect(stored[1]?.params).toMatchObject({ statedRemaining: 120, statedRemainingPercent: 12 });
        expect(stored[2]?.params).toEqual({ value: 400, previous: 450, previousDate: '2024-09-09' });
        expect(stored[3]?.params).toEqual({ value: 300, days: 14, median: 12.5, min: 8, max: 20 });
        // Every flag reads as before, under its own code; only "Sept" is now written "Sep" like every month,
        // and a negative number takes the one minus sign (−) the sums already used.
        const minus = (text: string) => text.replace(/\(-(\d)/g, '(\u2212$1');
        const asNowWritten = OLD_FLAGS.map((f) => ({
          ...f,
          message: minus(f.message),
          messageEn: minus(f.messageEn.replace(' Sept ', ' Sep ')),
        }));
        expect(stored.map(showReportFlag)).toEqual(asNowWritten);
        expect(byRegency.get('18.72')).toBe('[]');
        expect(storedReportFlags(byRegency.get('18.01') ?? null).map(showReportFlag)).toEqual([
          { code: 'unknown', field: '', severity: 'error', message: 'garbled', messageEn: 'garbled' },
        ]);
      });
    });
  });
}
