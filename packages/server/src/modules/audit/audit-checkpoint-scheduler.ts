import type { Db } from '../../db/connect';
import { alertAdmins } from '../notices';
import type { SchedulerLog } from '../snapshots';
import { type CheckpointOutcome, takeCheckpoint } from './audit-checkpoint.service';
import type { AuditSigningKey } from './audit-key';

/** One checkpoint pass that logs instead of throwing: a failed checkpoint must not stop the server. */
export async function checkpointAndLog(handle: Db, key: AuditSigningKey, log: SchedulerLog): Promise<void> {
  let outcome: CheckpointOutcome;
  try {
    outcome = await takeCheckpoint(handle.db, key);
  } catch (err) {
    log.error({ err }, 'audit checkpoint failed');
    return;
  }
  if (outcome.status === 'created') {
    const { id, lastEntryId, entryCount } = outcome.checkpoint;
    log.info({ checkpoint: id, lastEntryId, entryCount }, 'audit checkpoint signed');
  } else if (outcome.status === 'refused') {
    log.error({ reason: outcome.reason }, 'audit checkpoint refused: run `npm run sigap -- audit verify`');
    await alertChainDamaged(handle, outcome.reason, log);
  }
}

/** Superadmins learn of a damaged chain from the app, not only from a log nobody reads; once per damage. */
async function alertChainDamaged(handle: Db, reason: string, log: SchedulerLog): Promise<void> {
  try {
    await alertAdmins(handle.db, {
      kind: 'audit.chain_damaged',
      severity: 'critical',
      regionCode: null,
      params: {},
      data: { reason },
      dedupeKey: `audit.chain_damaged:${reason}`,
    });
  } catch (err) {
    log.error({ err }, 'audit damage alert failed');
  }
}

/**
 * Signs a checkpoint every `minutes` when the chain grew (and once shortly after start). State lives in
 * the database and the unique last-entry index settles races, so any number of instances may run this.
 * The timers are unref'd so they never keep the process alive. Returns a stop function.
 */
export function startAuditCheckpoints(
  handle: Db,
  key: AuditSigningKey,
  log: SchedulerLog,
  minutes: number,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    await checkpointAndLog(handle, key, log);
    running = false;
  };
  const timer = setInterval(() => void tick(), minutes * 60_000);
  timer.unref();
  const first = setTimeout(() => void tick(), 5_000);
  first.unref();
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
