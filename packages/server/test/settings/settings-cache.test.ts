import { expect, it } from 'vitest';
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
