/**
 * The aggregate counters (docs/counters.md): the resident write path moves them in its own transaction, and
 * every figure a dashboard, report or forecast shows is read from them, never by scanning residents.
 */

export { CounterDeltas } from './counter-deltas';
export { COUNT_COLUMNS, counterEntryOf, type StagedCounterKey, stagedCounterKey } from './counter-key';
export { rebuildCounters } from './counters-rebuild';
export { EMPTY_FIGURES, toStored } from './coverage-figures';
export { assertSupportedReferenceDate, figuresFor, figuresForMany } from './figures.service';
