import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../config';
import type { Db } from '../db/connect';
import {
  type AuditPublicKey,
  type Checkpoint,
  checkpointLabel,
  exportCheckpoint,
  loadPublicKey,
  loadSigningKey,
  parseExportedCheckpoint,
  publicKeyFromPem,
  takeCheckpoint,
  verifyAuditAnchored,
} from '../modules/audit';

type WithDb = <T>(work: (handle: Db) => Promise<T>) => Promise<T>;

/** `--checkpoint` takes the JSON itself or the path of a file holding it. */
function readCheckpointArg(value: string): Checkpoint {
  const text = value.trim().startsWith('{') ? value : readFileSync(value, 'utf8');
  try {
    return parseExportedCheckpoint(text);
  } catch (err) {
    throw new Error(`not an exported audit checkpoint: ${err instanceof Error ? err.message : err}`);
  }
}

function trustedKey(publicKeyFile: string | undefined): AuditPublicKey | undefined {
  if (publicKeyFile) return publicKeyFromPem(readFileSync(publicKeyFile, 'utf8'));
  return loadPublicKey(loadConfig().auditKey);
}

const LABEL = { broken: 'BROKEN', truncated: 'TRUNCATED', forged: 'FORGED' } as const;

export function registerAuditCommands(program: Command, withDb: WithDb): void {
  const audit = program.command('audit').description('audit log');

  audit
    .command('verify')
    .description('check the hash chain against every signed checkpoint; "OK n entries" or each problem')
    .option(
      '--checkpoint <file-or-json>',
      'also check against an exported checkpoint (as the province received it)',
    )
    .option('--public-key <file>', 'trust this public key (PEM) instead of the configured key file')
    .action(async (opts: { checkpoint?: string; publicKey?: string }) => {
      const external = opts.checkpoint ? [readCheckpointArg(opts.checkpoint)] : [];
      const key = trustedKey(opts.publicKey);
      const result = await withDb((handle) => verifyAuditAnchored(handle.db, { key, external }));
      if (!result.ok) {
        for (const p of result.problems) {
          console.log(p.kind === 'broken' ? `BROKEN ${p.message}` : `${LABEL[p.kind]}: ${p.message}`);
        }
        process.exitCode = 1;
        return;
      }
      console.log(`OK ${result.entries} entries`);
      const c = result.latest;
      console.log(
        c
          ? `${checkpointLabel(c)} of ${c.at} matches: ${c.entryCount} entries up to id ${c.lastEntryId}, key ${c.keyId}`
          : 'no signed checkpoint yet (npm run sigap -- audit checkpoint)',
      );
    });

  audit
    .command('checkpoint')
    .description('sign a checkpoint of the chain now (if it grew); --export prints the latest as JSON')
    .option('--export', 'print the latest checkpoint as JSON, with the public key, for the province')
    .action(async (opts: { export?: boolean }) => {
      const key = loadSigningKey(loadConfig().auditKey);
      const outcome = await withDb((handle) => takeCheckpoint(handle.db, key));
      if (outcome.status === 'refused') {
        console.error(`checkpoint refused: ${outcome.reason}`);
        process.exitCode = 1;
        return;
      }
      if (outcome.status === 'empty') {
        console.error('the audit log is empty: nothing to checkpoint');
        process.exitCode = 1;
        return;
      }
      const c = outcome.checkpoint;
      if (opts.export) {
        console.log(JSON.stringify(exportCheckpoint(c, key), null, 2));
      } else {
        const verb = outcome.status === 'created' ? 'signed' : 'unchanged since';
        console.log(
          `${verb} ${checkpointLabel(c)}: ${c.entryCount} entries up to id ${c.lastEntryId}, key ${c.keyId}`,
        );
      }
    });

  audit
    .command('public-key')
    .description('print the public key (PEM) that checks checkpoints; give it to the province')
    .action(() => {
      const key = loadSigningKey(loadConfig().auditKey);
      console.log(`# Sigap audit key id ${key.keyId}`);
      process.stdout.write(key.pem);
    });
}
