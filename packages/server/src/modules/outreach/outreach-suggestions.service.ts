import type { OutreachSuggestionList } from '@sigap/contracts';
import { ageOn, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { errors } from '../../errors';
import { authorize } from '../access';
import { findRegionByCode } from '../regions';
import { outreachErrors } from './outreach.errors';
import { toSite } from './outreach.presenter';
import { listSiteRows } from './outreach-sites.repository';
import { rosterTargets, targetDates, villageTargets } from './outreach-targets';
import { plannedVisitCounts } from './outreach-visits.repository';

/**
 * Sites of a regency (or a district or village in it) ranked by how many people a visit would reach:
 * unrecorded wajib residents (the field list's rule) plus first-time voters, from the roster for schools
 * and prisons. Each village is counted once however many sites it holds.
 */
export async function suggestions(
  handle: Db,
  ctx: RequestContext,
  region: string,
): Promise<OutreachSuggestionList> {
  authorize(ctx.user, 'outreach.read', region);
  const level = regionLevel(region);
  if (level !== 'regency' && level !== 'district' && level !== 'village')
    throw outreachErrors.suggestionRegion();
  const regencyCode = region.split('.').slice(0, 2).join('.');
  const regency = await findRegionByCode(handle.db, regencyCode);
  if (!regency) throw errors.notFound('Wilayah', 'region', regencyCode);
  const sites = await listSiteRows(handle.db, region);
  const d = await targetDates(handle, regencyCode);
  const planned = await plannedVisitCounts(handle.db, region, d.today);
  const byVillage = new Map<string, { notRecorded: number; firstTimeVoters: number }>();
  const items: OutreachSuggestionList['items'] = [];
  for (const site of sites) {
    let counts: { notRecorded: number; firstTimeVoters: number };
    if (site.kind === 'school' || site.kind === 'prison') {
      const t = await rosterTargets(handle, Number(site.id), d);
      const ftv = t.filter((x) => ageOn(x.row.birth_date, d.today) < 17).length;
      counts = { notRecorded: t.length - ftv, firstTimeVoters: ftv };
    } else {
      const cached = byVillage.get(site.village_code);
      if (cached) counts = cached;
      else {
        const t = await villageTargets(handle, site.village_code, d);
        counts = {
          notRecorded: t.filter((x) => x.reason !== 'first_time_voter').length,
          firstTimeVoters: t.filter((x) => x.reason === 'first_time_voter').length,
        };
        byVillage.set(site.village_code, counts);
      }
    }
    items.push({
      site: toSite(site),
      ...counts,
      reach: counts.notRecorded + counts.firstTimeVoters,
      plannedVisits: planned.get(Number(site.id)) ?? 0,
    });
  }
  items.sort((a, b) => b.reach - a.reach || a.site.name.localeCompare(b.site.name));
  return {
    regency: { code: regency.code, name: regency.name },
    referenceDate: d.today,
    votingDay: d.votingDay,
    items,
  };
}
