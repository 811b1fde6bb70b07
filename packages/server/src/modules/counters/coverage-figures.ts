import type { CountedFigures, StoredFigures } from '@sigap/contracts';
import type { CounterGroup } from './counters.repository';

/** Drops the election-dependent figures, leaving what a snapshot stores. */
export function toStored(f: CountedFigures): StoredFigures {
  const { firstTimeVoters: _first, firstTimeVotersNotRecorded: _firstNotRecorded, ...stored } = f;
  return stored;
}

export const EMPTY_FIGURES: CountedFigures = {
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
export function figuresFromGroups(groups: readonly CounterGroup[]): CountedFigures {
  const f = { ...EMPTY_FIGURES };
  for (const { adult, young, counts: c } of groups) {
    f.population += c.n;
    if (adult !== 1) continue;
    f.voters += c.n_wni;
    f.votersRecorded += c.n_wni_rec;
    if (young === 1) {
      f.firstTimeVoters += c.n_wni;
      f.firstTimeVotersNotRecorded += c.n_wni - c.n_wni_rec;
    }
    f.mustHoldId += c.n_cit;
    f.recorded += c.n_cit_rec;
    f.printReadyWaiting += c.n_cit_prr;
    f.printed += c.n_cit_printed;
    f.handedOver += c.n_cit_handed;
    f.needsRerecording += c.n_cit_failed;
    f.digitalIdActive += c.n_cit_ikd;
  }
  f.notRecorded = f.mustHoldId - f.recorded;
  return f;
}
