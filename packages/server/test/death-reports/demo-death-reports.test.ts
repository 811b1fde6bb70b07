import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { seedDemoDeathReports } from '../../src/modules/death-reports';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

/** The first start shows a living worklist, marked as demo, without moving any figure. */
describeEachEngine('demo death reports', (env) => {
  it('files three demo reports at the Bandar Lampung counter once, two waiting and one rejected', async () => {
    const people = [1930, 1932, 1934, 1990].map((y, i) =>
      buildResident({
        villageCode: '18.71.01.1005',
        birthDate: `${y}-01-0${i + 1}`,
        fullName: `WARGA DEMO ${i}`,
      }),
    );
    await seedResidents(env(), people);
    const before = await figuresFor(env().handle.db, '18.71', '2026-06-01');
    const now = new Date('2026-12-04T03:00:00Z');
    expect(await seedDemoDeathReports(env().handle, now)).toBe(3);
    expect(await seedDemoDeathReports(env().handle, now)).toBe(0);
    const rows = await env()
      .handle.db.selectFrom('death_reports')
      .select(['status', 'document_no', 'reason'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending', 'rejected']);
    for (const r of rows) {
      expect(r.document_no).toMatch(/^DEMO\//);
      expect(r.reason).toMatch(/^\[DEMO\]/);
    }
    expect(await figuresFor(env().handle.db, '18.71', '2026-06-01')).toEqual(before);
  });
});
