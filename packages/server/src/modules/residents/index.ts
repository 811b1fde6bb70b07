/**
 * The resident registry and THE write path (`applyResidentWrites`): every change to a resident, from any
 * module, goes through it in one transaction with its history, audit entry and counters.
 */

export {
  type CommitLimits,
  DEFAULT_COMMIT_LIMITS,
  writeInGroupedTransactions,
} from './grouped-transactions';
export { officerWrite } from './officer-write';
export {
  onResidentChanges,
  type ResidentChange,
  type ResidentChangeListener,
} from './resident-change-listeners';
export { factsOf } from './resident-facts';
export { stateOf as residentStateOf } from './resident-write.guards';
export {
  renderWriteRejection,
  WRITE_REJECTION_CODES,
  type WriteRejectionCode,
} from './resident-write.messages';
export { applyResidentWrites, inResidentTransaction, type ResidentWriter } from './resident-write.service';
export type {
  ResidentPatch,
  ResidentSource,
  ResidentWrite,
  WriteMeta,
  WriteOutcome,
} from './resident-write.types';
export { residentsRoutes } from './residents.routes';
export { loadInScope as loadResidentInScope, registryIsEmpty } from './residents.service';
