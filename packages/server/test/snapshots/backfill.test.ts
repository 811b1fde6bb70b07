import { addDays } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import { backfillSnapshots } from '../../src/modules/snapshots/snapshot-backfill';
import { seedDemoHistory } from '../../src/modules/snapshots/snapshot-jobs';
import { findSnapshot, listSnapshots } from '../../src/modules/snapshots/snapshots.repository';
import { takeSnapshot } from '../../src/modules/snapshots/snapshots.service';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { IMPORT_META, seedResidents } from '../residents/seed-residents';
import { recordedOn, unrecorded } from './history-fixture';

const FROM = '2024-01-01';
const TO = '2024-01-10';

describeEachEngine('backfillSnapshots', (env) => {
  beforeAll(async () => {
    await seedResidents(env(), [
      // Recorded before the window: counted every day.
      ...recordedOn('18.71.01.1003', ['2023-06-01', '2023-12-31']),
      // Recorded inside the window, one on the window's first day.
      ...recordedOn('18.71.01.1003', ['2024-01-01', '2024-01-03', '2024-01-03', '2024-01-08']),
      ...recordedOn('18.71.02.1003', ['2024-01-05']),
      ...unrecorded('18.71.02.1003', 3),
      // Turns 17 on 5 January 2024 and is recorded on the 7th: wajib only from the 5th.
      buildResident({
        villageCode: '18.71.02.1003',
        birthDate: '2007-01-05',
        recordingStatus: 'BIO_CAPTURED',
        recordingDate: '2024-01-07',
      }),
      // Printed inside the window.
      buildResident({
        villageCode: '18.71.01.1003',
        recordingStatus: 'PRINT_READY_RECORD',
        recordingDate: '2023-11-01',
        printStatus: 'HANDED_OVER',
        printedDate: '2024-01-04',
        handedOverDate: '2024-01-09',
      }),
    ]);
    // A recording through a status change (history 'recording', not 'created') after the window.
    const late = buildResident({ villageCode: '18.71.02.1003' });
    await seedResidents(env(), [late]);
    await env()
      .handle.db.transaction()
      .execute((trx) =>
        applyResidentWrites(
          trx,
          env().handle.store,
          [
            {
              kind: 'upsert',
              record: { ...late, recordingStatus: 'BIO_CAPTURED', recordingDate: '2024-01-09' },
            },
          ],
          IMPORT_META,
        ),
      );
    await takeSnapshot(env().handle, '18.72', '2024-01-06', 'day_close');
    await backfillSnapshots(env().handle, '18', FROM, TO);
  });

  it('reconstructs recorded per day from the recording history', async () => {
    const rows = await listSnapshots(env().handle.db, ['18.71.01'], FROM, TO);
    expect(rows.map((r) => [r.date, r.recorded])).toEqual([
      ['2024-01-01', 4],
      ['2024-01-02', 4],
      ['2024-01-03', 6],
      ['2024-01-04', 6],
      ['2024-01-05', 6],
      ['2024-01-06', 6],
      ['2024-01-07', 6],
      ['2024-01-08', 7],
      ['2024-01-09', 7],
      ['2024-01-10', 7],
    ]);
    expect(rows.every((r) => r.trigger === 'backfill' && r.must_hold_id === 7)).toBe(true);
  });

  it('counts a new 17-year-old only from the birthday, and status changes by their history date', async () => {
    const rows = await listSnapshots(env().handle.db, ['18.71.02'], FROM, TO);
    const byDate = Object.fromEntries(rows.map((r) => [r.date, [r.recorded, r.must_hold_id]]));
    expect(byDate['2024-01-04']).toEqual([0, 5]);
    expect(byDate['2024-01-05']).toEqual([1, 6]);
    expect(byDate['2024-01-07']).toEqual([2, 6]);
    expect(byDate['2024-01-09']).toEqual([3, 6]);
  });

  it('reconstructs printing and handover from their dates', async () => {
    const rows = await listSnapshots(env().handle.db, ['18.71.01'], FROM, TO);
    const at = (d: string) => rows.find((r) => r.date === d);
    expect(at('2024-01-03')).toMatchObject({ printed: 0, handed_over: 0 });
    expect(at('2024-01-04')).toMatchObject({ printed: 1, handed_over: 0 });
    expect(at('2024-01-09')).toMatchObject({ printed: 1, handed_over: 1 });
    for (const r of rows) expect(r.print_ready_waiting).toBeLessThanOrEqual(r.recorded - r.printed);
  });

  it('rolls up to regency and province, and stores no villages', async () => {
    const [regency] = await listSnapshots(env().handle.db, ['18.71'], '2024-01-10', '2024-01-10');
    const [province] = await listSnapshots(env().handle.db, ['18'], '2024-01-10', '2024-01-10');
    expect(regency?.recorded).toBe(10);
    expect(province?.recorded).toBe(10);
    expect(await findSnapshot(env().handle.db, '18.71.01.1003', '2024-01-10')).toBeUndefined();
  });

  it('never overwrites a real snapshot, and refreshes its own on a second run', async () => {
    expect((await findSnapshot(env().handle.db, '18.72', '2024-01-06'))?.trigger).toBe('day_close');
    const before = await listSnapshots(env().handle.db, ['18.71.01'], FROM, TO);
    await backfillSnapshots(env().handle, '18.71', FROM, TO);
    const after = await listSnapshots(env().handle.db, ['18.71.01'], FROM, TO);
    expect(after.map((r) => r.recorded)).toEqual(before.map((r) => r.recorded));
    expect(await backfillSnapshots(env().handle, '18', TO, FROM)).toBe(0);
  });

  it('seeds 60 days of demo history up to yesterday', async () => {
    const today = '2024-03-01';
    // 00:30 WITA on 1 March (still 29 February in WIB): NTB's own day decides what "yesterday" is.
    const seededAt = new Date('2024-02-29T16:30:00Z');
    expect(await seedDemoHistory(env().handle, ['52'], seededAt)).toBe(1);
    // A backfill job per (region, range): seeding the same range again runs nothing.
    expect(await seedDemoHistory(env().handle, ['52'], seededAt)).toBe(0);
    const rows = await listSnapshots(env().handle.db, ['52'], addDays(today, -100), today);
    expect(rows).toHaveLength(60);
    expect(rows[0]?.date).toBe(addDays(today, -60));
    expect(rows.at(-1)?.date).toBe(addDays(today, -1));
  });
});
