import { expect, it } from 'vitest';
import { readThroughVersion } from '../../src/db/version-cache';
import { getSetting } from '../../src/modules/settings/settings.service';
import { describeEachEngine } from '../helpers/test-env';

/**
 * Settings read through the version cache (`cache_versions`, migration 0043): any change to the table,
 * also one written by hand, is seen by the next read; a change rolled back is never kept.
 */
describeEachEngine('settings: the version-kept cache', (env) => {
  const setCutoff = (hour: number | null) => async () => {
    const { db } = env().handle;
    await db
      .deleteFrom('settings')
      .where('scope_code', '=', '18')
      .where('key', '=', 'report_cutoff_hour')
      .execute();
    if (hour === null) return;
    await db
      .insertInto('settings')
      .values({
        scope_code: '18',
        key: 'report_cutoff_hour',
        value: String(hour),
        updated_at: new Date().toISOString(),
        updated_by: null,
      })
      .execute();
  };

  it('sees a change written straight into the table at the next read', async () => {
    const { db } = env().handle;
    await setCutoff(null)();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(17);
    await setCutoff(14)();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(14);
    await db
      .updateTable('settings')
      .set({ value: '13' })
      .where('scope_code', '=', '18')
      .where('key', '=', 'report_cutoff_hour')
      .execute();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(13);
    await setCutoff(null)();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(17);
  });

  it('never keeps what a rolled-back transaction read of its own change', async () => {
    const { db } = env().handle;
    await setCutoff(16)();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(16);
    const undo = new Error('roll back');
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('settings').set({ value: '9' }).where('scope_code', '=', '18').execute();
        expect(await getSetting(trx, '18.71', 'report_cutoff_hour')).toBe(9);
        throw undo;
      }),
    ).rejects.toBe(undo);
    // One row changed by one statement: the number the rolled-back change had is given to this one.
    await db.updateTable('settings').set({ value: '11' }).where('scope_code', '=', '18').execute();
    expect(await getSetting(db, '18.71', 'report_cutoff_hour')).toBe(11);
    await setCutoff(null)();
  });
});

describeEachEngine('version cache: the service points family', (env) => {
  it('reads again after any change to a point, its closures or its sessions, and only then', async () => {
    const { db } = env().handle;
    const at = new Date().toISOString();
    const point = await db
      .insertInto('service_points')
      .values({
        region_code: '18.71.01',
        name: 'UPT Uji Cache',
        kind: 'upt',
        address: 'Jl. Uji',
        counters: 2,
        services: '{"recording":6}',
        hours: '{}',
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    let reads = 0;
    const read = () =>
      readThroughVersion(db, 'service_points', `point ${point.id}`, async () => {
        reads++;
        return { reads };
      });
    expect(await read()).toEqual({ reads: 1 });
    expect(await read()).toEqual({ reads: 1 });
    await db
      .insertInto('service_closures')
      .values({ service_point_id: point.id, date: '2026-12-31', reason: 'Libur', created_at: at })
      .execute();
    expect(await read()).toEqual({ reads: 2 });
    await db.updateTable('service_points').set({ counters: 3 }).where('id', '=', point.id).execute();
    expect(await read()).toEqual({ reads: 3 });
    expect(Object.isFrozen(await read())).toBe(true);
    expect(reads).toBe(3);
  });
});
