/**
 * The aggregate counters (docs/counters.md): the resident write path moves them in its own transaction, and
 * every figure a dashboard, report or forecast shows is read from them, never by scanning residents.
 */

export { CounterDeltas } from './counter-deltas';
export { COUNT_COLUMNS, counterEntryOf } from './counter-key';
// The counter step of the resident write path, run in the caller's transaction (engine-specific variants).
export { applyCounterDeltas } from './counters.repository';
export { applyCounterDeltasPg } from './counters-pg-bulk';
export { rebuildCounters } from './counters-rebuild';
export { applyCounterDeltasSqlite } from './counters-sqlite-bulk';
export { EMPTY_FIGURES, toStored } from './coverage-figures';
export { assertSupportedReferenceDate, figuresFor, figuresForMany } from './figures.service';
