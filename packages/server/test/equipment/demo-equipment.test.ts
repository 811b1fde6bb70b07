import type { UncoveredReply, WatchlistResponse } from '@sigap/contracts';
import { addDays, officeToday } from '@sigap/domain';
import { expect, it } from 'vitest';
import { regenciesWithUncoveredBrokenEquipment, seedDemoEquipment } from '../../src/modules/equipment';
import { describeEachEngine } from '../helpers/test-env';

/** The demo pool: one regency covered by an arrived printer, one broken set uncovered (on the watch list). */
describeEachEngine('demo equipment and the watch list', (env) => {
  it('seeds once; the uncovered regency is fed to the watch list until a loan arrives', async () => {
    const now = new Date();
    const today = officeToday('18', now);
    expect(await seedDemoEquipment(env().handle, now)).toBe(10);
    expect(await seedDemoEquipment(env().handle, now)).toBe(0);
    const uncovered = await regenciesWithUncoveredBrokenEquipment(env().handle, '18', today);
    expect(uncovered.map((r) => r.regionCode)).toEqual(['18.07']);
    expect(uncovered[0]?.items.map((i) => i.tag)).toEqual(['DEMO-1807-RS-01']);
    // After the covering loan's period, the covered regency is back on the list.
    const later = await regenciesWithUncoveredBrokenEquipment(env().handle, '18', addDays(today, 16));
    expect(later.map((r) => r.regionCode)).toEqual(['18.02', '18.07']);

    const admin = await env().as('lampung.admin');
    const feed = await admin.get<UncoveredReply>(`/api/v1/equipment/uncovered?region=18&date=${today}`);
    expect(feed.body.regencies.map((r) => r.regionCode)).toEqual(['18.07']);
    const watch = await admin.get<WatchlistResponse>('/api/v1/watchlist?region=18');
    expect(watch.status, JSON.stringify(watch.body)).toBe(200);
    const flagged = watch.body.items.filter((i) => i.reasons.some((r) => r.code === 'equipment_broken'));
    expect(flagged.map((i) => i.code)).toEqual(['18.07']);
  });
});
