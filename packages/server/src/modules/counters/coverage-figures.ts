import type { CounterGroup } from './counters.repository';

/** The figures a dashboard shows for one region on one reference date. */
export interface CoverageFigures {
  population: number;
  /** Wajib KTP: must hold an e-KTP on the reference date. */
  mustHoldId: number;
  recorded: number;
  notRecorded: number;
  /** Recorded and unique (PRR), card not yet printed. */
  printReadyWaiting: number;
  printed: number;
  handedOver: number;
  /** Failure states that send the resident back to re-recording. */
  needsRerecording: number;
  digitalIdActive: number;
  voters: number;
  votersRecorded: number;
  /** Pemilih pemula: voters who were not yet 17 on the previous election (five years before by default). */
  firstTimeVoters: number;
  firstTimeVotersNotRecorded: number;
}

/** The figures a daily snapshot keeps (first-time voters depend on the election asked about, so are not stored). */
export type StoredFigures = Omit<CoverageFigures, 'firstTimeVoters' | 'firstTimeVotersNotRecorded'>;

/** Drops the election-dependent figures, leaving what a snapshot stores. */
export function toStored(f: CoverageFigures): StoredFigures {
  const { firstTimeVoters: _first, firstTimeVotersNotRecorded: _firstNotRecorded, ...stored } = f;
  return stored;
}

export const EMPTY_FIGURES: CoverageFigures = {
  population: 0,
  mustHoldId: 0,
  recorded: 0,
  notRecorded: 0,
  printReadyWaiting: 0,
  printed: 0,
  handedOver: 0,
  needsRerecording: 0,
  digitalIdActive: 0,
  voters: 0,
  votersRecorded: 0,
  firstTimeVoters: 0,
  firstTimeVotersNotRecorded: 0,
};

/**
 * Folds counter groups into figures. Pipeline figures (PRR, printed, failures, IKD) count wajib-KTP
 * residents only, so that every figure on a dashboard shares the same denominator.
 */
export function figuresFromGroups(groups: readonly CounterGroup[]): CoverageFigures {
  const f = { ...EMPTY_FIGURES };
  for (const g of groups) {
    f.population += g.n;
    if (g.adult !== 1) continue;
    const recorded = g.rec === 'RECORDED' || g.rec === 'PRR';
    if (g.citizen === 'WNI') {
      f.voters += g.n;
      if (recorded) f.votersRecorded += g.n;
      if (g.young === 1) {
        f.firstTimeVoters += g.n;
        if (!recorded) f.firstTimeVotersNotRecorded += g.n;
      }
    }
    if (g.citizen === 'WNA_OTHER') continue;
    f.mustHoldId += g.n;
    if (recorded) f.recorded += g.n;
    if (g.rec === 'PRR' && g.prt === 'NONE') f.printReadyWaiting += g.n;
    if (g.prt !== 'NONE') f.printed += g.n;
    if (g.prt === 'HANDED_OVER') f.handedOver += g.n;
    if (g.rec === 'FAILED') f.needsRerecording += g.n;
    if (g.ikd === 1) f.digitalIdActive += g.n;
  }
  f.notRecorded = f.mustHoldId - f.recorded;
  return f;
}
