import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { walkAuditChain } from './audit-chain-walk';
import { type Checkpoint, checkpointOfRow, forgeryReason } from './audit-checkpoint';
import { listCheckpoints } from './audit-checkpoint.repository';
import type { AuditPublicKey } from './audit-key';

export interface AnchorProblem {
  kind: 'broken' | 'truncated' | 'forged';
  message: string;
}

export interface AnchoredVerification {
  ok: boolean;
  entries: number;
  problems: AnchorProblem[];
  /** The trusted checkpoint that covers the most entries, or null when there is none. */
  latest: Checkpoint | null;
}

export function checkpointLabel(c: Checkpoint): string {
  const name = c.id === null ? 'checkpoint' : `checkpoint ${c.id}`;
  return c.external ? `exported ${name}` : name;
}

/**
 * Walks the chain and holds it against every checkpoint the trusted key signed: the stored ones and
 * any passed in from outside (a checkpoint the province received catches a forger who also deleted the
 * checkpoint rows). At a checkpoint's last entry the position and hash must match; a chain that ends
 * before a checkpoint's last entry was truncated; a checkpoint the key did not sign is a forgery.
 */
export async function verifyAuditAnchored(
  db: Kysely<Database>,
  opts: { key: AuditPublicKey | undefined; external?: Checkpoint[] },
): Promise<AnchoredVerification> {
  const all = [...(await listCheckpoints(db)).map(checkpointOfRow), ...(opts.external ?? [])];
  const problems: AnchorProblem[] = [];
  const trusted: Checkpoint[] = [];
  for (const c of all) {
    const reason = opts.key
      ? forgeryReason(c, opts.key)
      : 'no public key to check it (set SIGAP_AUDIT_KEY_FILE or pass --public-key)';
    if (reason === null) trusted.push(c);
    else problems.push({ kind: 'forged', message: `${checkpointLabel(c)}: ${reason}` });
  }
  const byEntry = new Map<number, Checkpoint[]>();
  for (const c of trusted) byEntry.set(c.lastEntryId, [...(byEntry.get(c.lastEntryId) ?? []), c]);

  const matched = new Set<Checkpoint>();
  const walk = await walkAuditChain(db, undefined, (row, position) => {
    for (const c of byEntry.get(row.id) ?? []) {
      if (row.hash !== c.lastEntryHash)
        return `entry does not match the hash signed in ${checkpointLabel(c)}`;
      if (position !== c.entryCount) {
        return `entry is number ${position} in the chain but ${checkpointLabel(c)} counted ${c.entryCount}`;
      }
      matched.add(c);
    }
    return null;
  });
  if (!walk.ok) {
    problems.push({ kind: 'broken', message: `at entry ${walk.brokenAt}: ${walk.reason}` });
  } else {
    for (const c of trusted) {
      if (matched.has(c)) continue;
      if (c.lastEntryId > walk.lastId) {
        problems.push({
          kind: 'truncated',
          message: `${checkpointLabel(c)} covers entries up to id ${c.lastEntryId} but the chain ends at ${walk.lastId}`,
        });
      } else {
        problems.push({
          kind: 'broken',
          message: `at entry ${c.lastEntryId}: entry covered by ${checkpointLabel(c)} is missing`,
        });
      }
    }
  }
  const latest = trusted.reduce<Checkpoint | null>(
    (best, c) => (best === null || c.lastEntryId > best.lastEntryId ? c : best),
    null,
  );
  return { ok: problems.length === 0, entries: walk.entries, problems, latest };
}
