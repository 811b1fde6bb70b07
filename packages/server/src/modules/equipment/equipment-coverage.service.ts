import type { Reason, UncoveredReply } from '@sigap/contracts';
import {
  type EquipmentKind,
  isWithinScope,
  type OutOfServiceItem,
  officeToday,
  regionLevel,
  uncoveredItems,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import type { WatchSignal } from '../watchlist';
import { listItemRows } from './equipment.repository';
import { arrivedLoanRowsOn, loanItemRows } from './equipment-loans.repository';

export interface UncoveredRegency {
  regionCode: string;
  regionName: string;
  items: OutOfServiceItem[];
}

/**
 * Regencies inside `scope` whose own equipment is broken or in repair on `date` with no arrived loan of
 * the same kind standing in for it (`uncoveredItems`): they stay on the watch list until covered.
 */
export async function regenciesWithUncoveredBrokenEquipment(
  handle: Db,
  scope: string,
  date: string,
): Promise<UncoveredRegency[]> {
  const out = (await listItemRows(handle.db, scope)).filter(
    (r) => r.status !== 'working' && regionLevel(r.region_code) === 'regency',
  );
  if (out.length === 0) return [];
  const loans = await arrivedLoanRowsOn(handle.db, scope, date);
  const lent = await loanItemRows(
    handle.db,
    loans.map((l) => Number(l.id)),
  );
  const uncovered = uncoveredItems(
    out.map((r) => ({
      id: Number(r.id),
      regionCode: r.region_code,
      kind: r.kind,
      tag: r.tag,
      name: r.name,
      status: r.status as OutOfServiceItem['status'],
    })),
    loans.map((l) => ({
      id: Number(l.id),
      toRegion: l.to_region,
      start: l.start_date,
      end: l.end_date,
      kinds: lent.filter((i) => Number(i.loan_id) === Number(l.id)).map((i) => i.kind as EquipmentKind),
    })),
    date,
  );
  const names = new Map(out.map((r) => [r.region_code, r.region_name ?? r.region_code]));
  const byRegency = new Map<string, OutOfServiceItem[]>();
  for (const item of uncovered)
    byRegency.set(item.regionCode, [...(byRegency.get(item.regionCode) ?? []), item]);
  return [...byRegency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([regionCode, items]) => ({ regionCode, regionName: names.get(regionCode) ?? regionCode, items }));
}

/** The API view of the feed (default date: the region's today). */
export async function uncoveredEquipment(
  handle: Db,
  ctx: RequestContext,
  q: { region?: string; date?: string },
  now = new Date(),
): Promise<UncoveredReply> {
  const region = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'equipment.read', region);
  const date = q.date ?? officeToday(region, now);
  const regencies = await regenciesWithUncoveredBrokenEquipment(handle, region, date);
  return {
    date,
    regencies: regencies.map((r) => ({
      regionCode: r.regionCode,
      regionName: r.regionName,
      items: r.items.map((i) => ({ id: i.id, kind: i.kind, tag: i.tag, name: i.name, status: i.status })),
    })),
  };
}

const KIND_WORDS: Record<EquipmentKind, [string, string]> = {
  recording_set: ['alat perekaman', 'recording set'],
  card_printer: ['printer KTP-el', 'card printer'],
  other: ['peralatan', 'equipment'],
};

function reasonFor(items: readonly OutOfServiceItem[]): Reason {
  const id = items.map((i) => KIND_WORDS[i.kind][0]).join(', ');
  const en = items.map((i) => KIND_WORDS[i.kind][1]).join(', ');
  return {
    code: 'equipment_broken',
    message: `Peralatan rusak belum tergantikan: ${id}.`,
    messageEn: `Broken equipment not yet covered: ${en}.`,
  };
}

/**
 * The watch list's equipment signal: a child region holding a regency with uncovered broken equipment
 * (on the parent's today) gets the reason `equipment_broken` until a loan of the same kind has arrived.
 */
export const equipmentWatchSignal: WatchSignal = async (handle, { parent, children, now }) => {
  const result = new Map<string, Reason[]>();
  const regencies = await regenciesWithUncoveredBrokenEquipment(handle, parent, officeToday(parent, now));
  for (const child of children) {
    const items = regencies.filter((r) => isWithinScope(child.code, r.regionCode)).flatMap((r) => r.items);
    if (items.length > 0) result.set(child.code, [reasonFor(items)]);
  }
  return result;
};
