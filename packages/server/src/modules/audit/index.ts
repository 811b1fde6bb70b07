/** The hash-chained audit log: `recordAudit` in the caller's transaction, signed checkpoints, the audit API. */

export { auditRoutes } from './audit.routes';
export { type AuditEvent, recordAudit, recordAuditAlone, verifyAuditChain } from './audit.service';
export { checkpointLabel, verifyAuditAnchored } from './audit-anchor.service';
export { type Checkpoint, exportCheckpoint, parseExportedCheckpoint } from './audit-checkpoint';
export { latestTrustedCheckpoint, takeCheckpoint } from './audit-checkpoint.service';
export { checkpointAndLog, startAuditCheckpoints } from './audit-checkpoint-scheduler';
export { type AuditPublicKey, loadPublicKey, loadSigningKey, publicKeyFromPem } from './audit-key';
