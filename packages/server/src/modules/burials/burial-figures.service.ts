import type { BurialFigureRow, BurialFigures } from '@sigap/contracts';
import { type BurialStatus, officeToday, PENDING_AGE_BUCKETS, pendingAgeBucket } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { countsByCemetery, countsByVillage, pendingByDay } from './burial-figures.repository';

/**
 * The command center's burial figures: entered (every entry), matched (waiting for a certificate),
 * certified, dismissed and pending (open or matched), per cemetery and per village, and the pending leads
 * by age. An annulled certificate's entry is back to matched, so every figure follows an annulment.
 */
export async function burialFigures(
  handle: Db,
  ctx: RequestContext,
  region: string | undefined,
  now = new Date(),
): Promise<BurialFigures> {
  const scope = region ?? ctx.user.regionCode;
  authorize(ctx.user, 'burial.read', scope);
  const totals = emptyRow('total', null);
  const byCemetery = fold(await countsByCemetery(handle.db, scope), totals);
  const byVillage = fold(await countsByVillage(handle.db, scope), null);
  const today = officeToday(scope, now);
  const ages = new Map(PENDING_AGE_BUCKETS.map((b) => [b, 0]));
  for (const d of await pendingByDay(handle.db, scope)) {
    const bucket = pendingAgeBucket(d.entered_day, today);
    ages.set(bucket, (ages.get(bucket) ?? 0) + Number(d.n));
  }
  return {
    region: scope,
    totals,
    pendingByAge: PENDING_AGE_BUCKETS.map((bucket) => ({ bucket, count: ages.get(bucket) ?? 0 })),
    byCemetery,
    byVillage,
  };
}

function emptyRow(key: string, name: string | null): BurialFigureRow {
  return { key, name, entered: 0, matched: 0, certified: 0, dismissed: 0, pending: 0 };
}

function fold(
  rows: readonly { key: string | number; name: string | null; status: BurialStatus; n: number | string }[],
  totals: BurialFigureRow | null,
): BurialFigureRow[] {
  const out = new Map<string, BurialFigureRow>();
  for (const r of rows) {
    const key = String(r.key);
    const row = out.get(key) ?? emptyRow(key, r.name);
    out.set(key, row);
    for (const target of totals ? [row, totals] : [row]) add(target, r.status, Number(r.n));
  }
  return [...out.values()].sort((a, b) => b.entered - a.entered || a.key.localeCompare(b.key));
}

function add(row: BurialFigureRow, status: BurialStatus, n: number) {
  row.entered += n;
  if (status === 'matched') row.matched += n;
  if (status === 'certified') row.certified += n;
  if (status === 'dismissed') row.dismissed += n;
  if (status === 'open' || status === 'matched') row.pending += n;
}
