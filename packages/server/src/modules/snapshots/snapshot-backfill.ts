import type { StoredFigures } from '@sigap/contracts';
import { addDays, ancestorCodes, compareIsoDates } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { EMPTY_FIGURES } from '../counters/coverage-figures';
import {
  type LateGroup,
  type LatePrint,
  type LateRecording,
  latePrints,
  lateRecordings,
} from './backfill.repository';
import { figuresForMany } from './bulk-figures';
import {
  type SnapshotRow,
  snapshotRegionCodes,
  toSnapshotRow,
  upsertSnapshots,
} from './snapshots.repository';

/** Whether a resident of this group counted (present, 17 or ever married) on day `date`; see docs/counters.md. */
function countsOn(g: LateGroup, date: string, cutoff: string): boolean {
  return (g.exit === '' || g.exit > date) && (g.birth === '' || g.birth <= cutoff);
}

/** The 17th-birthday cutoff of docs/counters.md: born on or before it means 17 on `date`. */
function adultCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

/** Groups by every region (up to the backfilled one) that contains their village. */
function byRegion<G extends LateGroup>(groups: readonly G[], codes: ReadonlySet<string>): Map<string, G[]> {
  const out = new Map<string, G[]>();
  for (const g of groups) {
    for (const code of [...ancestorCodes(g.village), g.village]) {
      if (!codes.has(code)) continue;
      const list = out.get(code) ?? [];
      list.push(g);
      out.set(code, list);
    }
  }
  return out;
}

/** Today's counters' figures for `date`, less what happened after it. */
function reconstruct(
  f: StoredFigures,
  date: string,
  recordings: readonly LateRecording[],
  prints: readonly LatePrint[],
): StoredFigures {
  const cutoff = adultCutoff(date);
  let recordedAfter = 0;
  let wniAfter = 0;
  let waitingAfter = 0;
  for (const g of recordings) {
    if (g.day <= date || !countsOn(g, date, cutoff)) continue;
    recordedAfter += g.n;
    wniAfter += g.wni * g.n;
    waitingAfter += g.prrWaiting;
  }
  let printedAfter = 0;
  let handedAfter = 0;
  for (const g of prints) {
    if (!countsOn(g, date, cutoff)) continue;
    if (g.printedDay > date) printedAfter += g.n;
    if (g.handedDay > date) handedAfter += g.n;
  }
  const recorded = Math.max(0, f.recorded - recordedAfter);
  const printed = Math.max(0, f.printed - printedAfter);
  // Recorded after the day: not yet waiting then. Printed after it: still waiting then.
  const waiting = f.printReadyWaiting - waitingAfter + printedAfter;
  return {
    ...f,
    recorded,
    notRecorded: f.mustHoldId - recorded,
    printed,
    handedOver: Math.max(0, f.handedOver - handedAfter),
    printReadyWaiting: Math.min(Math.max(0, waiting), Math.max(0, recorded - printed)),
    votersRecorded: Math.max(0, f.votersRecorded - wniAfter),
  };
}

/**
 * Reconstructs the daily figures of a region (and its regencies and districts) for past days, for a fresh
 * database that has no snapshots yet: the demo's trend chart and forecasts need history.
 *
 * It is an approximation, and stored with trigger 'backfill' so it is never mistaken for a day close:
 * the counters know statuses only as they are now, so each day's figures are today's counters for that
 * reference date less the residents whose recording (from the status history), printing or handover
 * happened after it. Eligibility uses current facts (marital status, citizenship, village); a resident
 * recorded then later failed or re-recorded is counted from the last recording; history older than the
 * window is assumed unchanged. Cost: two grouped queries, then two counter queries per day.
 * A stored day close or on-demand snapshot is never overwritten.
 */
export async function backfillSnapshots(
  handle: Db,
  region: string,
  fromDate: string,
  toDate: string,
): Promise<number> {
  if (compareIsoDates(fromDate, toDate) > 0) return 0;
  const codes = await snapshotRegionCodes(handle.db, region);
  const codeSet = new Set(codes);
  // Events on fromDate itself are already in its figures; only later ones are subtracted.
  const recordings = byRegion(await lateRecordings(handle.db, region, fromDate), codeSet);
  const prints = byRegion(await latePrints(handle.db, region, fromDate), codeSet);
  const takenAt = new Date().toISOString();
  let stored = 0;
  for (let date = fromDate; date <= toDate; date = addDays(date, 1)) {
    const figures = await figuresForMany(handle.db, codes, date);
    const rows: SnapshotRow[] = codes.map((code) => {
      const f = figures.get(code) ?? EMPTY_FIGURES;
      const past = reconstruct(f, date, recordings.get(code) ?? [], prints.get(code) ?? []);
      return toSnapshotRow(code, date, 'backfill', takenAt, past);
    });
    await upsertSnapshots(handle.db, rows, 'backfill');
    stored += rows.length;
  }
  return stored;
}
