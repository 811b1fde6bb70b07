import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportedCheckpoint } from '@sigap/contracts';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/schema';
import { verifyAuditChain } from '../../src/modules/audit/audit.service';
import { verifyAuditAnchored } from '../../src/modules/audit/audit-anchor.service';
import {
  canonicalCheckpoint,
  exportCheckpoint,
  parseExportedCheckpoint,
} from '../../src/modules/audit/audit-checkpoint';
import { insertCheckpoint } from '../../src/modules/audit/audit-checkpoint.repository';
import { takeCheckpoint } from '../../src/modules/audit/audit-checkpoint.service';
import { checkpointAndLog } from '../../src/modules/audit/audit-checkpoint-scheduler';
import { auditHash } from '../../src/modules/audit/audit-hash';
import {
  type AuditSigningKey,
  keyIdOf,
  loadSigningKey,
  publicKeyFromPem,
  signText,
} from '../../src/modules/audit/audit-key';
import { pdfText } from '../exports/pdf-text';
import { rawClient } from '../exports/raw-client';
import { createUserVia, expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';

class Rollback extends Error {}

const silentLog = { info: () => {}, error: () => {} };

/** Tampers inside a transaction, verifies there, and rolls back: each forgery starts from the clean chain. */
async function tampered<T>(env: TestEnv, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  let out: T | undefined;
  try {
    await env.handle.db.transaction().execute(async (trx) => {
      out = await work(trx);
      throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
  return out as T;
}

async function lastEntry(db: Kysely<Database>) {
  return db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

describeEachEngine('audit checkpoints', (env) => {
  const key = (): AuditSigningKey => loadSigningKey(env().config.auditKey);
  let exported: ExportedCheckpoint;
  /** Checkpoints the chain as it stands (the server does this every N minutes) and returns its last entry. */
  const anchoredLast = async () => {
    const outcome = await takeCheckpoint(env().handle.db, key());
    if (outcome.status !== 'created' && outcome.status !== 'unchanged') throw new Error(outcome.status);
    exported = exportCheckpoint(outcome.checkpoint, key());
    return lastEntry(env().handle.db);
  };

  it('keeps the default key 0600 in a 0700 folder, with a 16-hex key id of the raw public key', () => {
    const k = key();
    expect(statSync(env().config.auditKey.file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(env().config.auditKey.file)).mode & 0o777).toBe(0o700);
    expect(k.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(key().keyId).toBe(k.keyId); // read back, not created again
    expect(() => loadSigningKey({ file: '/nonexistent/audit.pem', createIfMissing: false })).toThrow(
      /not found/,
    );
  });

  it('signs a checkpoint of a clean chain, which verifies OK; nothing new means no new checkpoint', async () => {
    const first = await takeCheckpoint(env().handle.db, key());
    expect(first.status).toBe('created');
    const again = await takeCheckpoint(env().handle.db, key());
    expect(again).toMatchObject({ status: 'unchanged' });
    const last = await lastEntry(env().handle.db);
    const r = await verifyAuditAnchored(env().handle.db, { key: key() });
    expect(r).toMatchObject({
      ok: true,
      problems: [],
      latest: { lastEntryId: last.id, entryCount: r.entries },
    });
  });

  it('checkpoints only the entries added since, and one instance wins a race on the same entry', async () => {
    await createUserVia(await env().as('admin'));
    const [a, b] = await Promise.all([
      takeCheckpoint(env().handle.db, key()),
      takeCheckpoint(env().handle.db, key()),
    ]);
    const last = await lastEntry(env().handle.db);
    for (const o of [a, b]) expect(o).toMatchObject({ checkpoint: { lastEntryId: last.id } });
    const rows = await env()
      .handle.db.selectFrom('audit_checkpoints')
      .selectAll()
      .where('last_entry_id', '=', last.id)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0];
    if (!row) throw new Error('expected a checkpoint');
    const { id: _id, ...dup } = row;
    expect(await insertCheckpoint(env().handle.db, dup)).toBeUndefined();
  });

  it('serves the latest checkpoint to admins at GET /api/v1/audit/checkpoint, not to operators', async () => {
    const last = await lastEntry(env().handle.db);
    const r = await (await env().as('lampung.admin')).get<{ checkpoint: ExportedCheckpoint }>(
      '/api/v1/audit/checkpoint',
    );
    expect(r.status).toBe(200);
    expect(r.body.checkpoint).toMatchObject({
      lastEntryId: last.id,
      lastEntryHash: last.hash,
      keyId: key().keyId,
    });
    expect(publicKeyFromPem(r.body.checkpoint.publicKey).keyId).toBe(key().keyId);
    exported = r.body.checkpoint;
    expectError(
      await (await env().as('bandarlampung.operator')).get('/api/v1/audit/checkpoint'),
      403,
      'forbidden',
    );
  });

  it('prints the checkpoint in a footer line of the daily situation report', async () => {
    const admin = await rawClient(env().app, 'lampung.admin');
    const r = await admin.get('/api/v1/exports/situation-report.pdf?region=18.71');
    expect(r.status, r.text.slice(0, 300)).toBe(200);
    const text = pdfText(r.raw);
    expect(text).toContain(`Jangkar log audit: entri s.d. id ${exported.lastEntryId}`);
    expect(text).toContain(`hash ${exported.lastEntryHash.slice(0, 16)}, kunci ${exported.keyId}`);
  });

  it('reports truncation when the last entry is deleted', async () => {
    const last = await anchoredLast();
    const r = await tampered(env(), async (trx) => {
      await sql`delete from audit_log where id = ${last.id}`.execute(trx);
      return {
        chainOnly: await verifyAuditChain(trx),
        verified: await verifyAuditAnchored(trx, { key: key() }),
        taken: await takeCheckpoint(trx, key()),
        alerts: await (async () => {
          await checkpointAndLog({ ...env().handle, db: trx }, key(), silentLog);
          await checkpointAndLog({ ...env().handle, db: trx }, key(), silentLog); // deduplicated
          return trx.selectFrom('notices').selectAll().where('kind', '=', 'audit.chain_damaged').execute();
        })(),
      };
    });
    expect(r.chainOnly.ok).toBe(true); // the chain alone cannot see a missing tail (the reported weakness)
    expect(r.verified.ok).toBe(false);
    expect(r.verified.problems).toContainEqual({
      kind: 'truncated',
      message: expect.stringMatching(
        new RegExp(
          `^checkpoint \\d+ covers entries up to id ${last.id} but the chain ends at ${last.id - 1}$`,
        ),
      ),
    });
    expect(r.taken.status).toBe('refused'); // the damage is never anchored by a new checkpoint
    const admins = await env()
      .handle.db.selectFrom('users')
      .select('id')
      .where('role', '=', 'superadmin')
      .execute();
    expect(r.alerts).toHaveLength(admins.length);
    expect(r.alerts[0]).toMatchObject({ severity: 'critical', region_code: null });
    expect(JSON.parse(r.alerts[0]?.data ?? '{}')).toEqual({
      reason: `the chain ends at ${last.id - 1}, before checkpoint ${exported.id}`,
    });
  });

  it('reports a deleted last entry replaced by a recomputed one as broken', async () => {
    const last = await anchoredLast();
    const r = await tampered(env(), async (trx) => {
      await sql`delete from audit_log where id = ${last.id}`.execute(trx);
      const forged = { ...last, ip: '6.6.6.6' };
      const { id: _id, hash: _hash, ...fields } = forged;
      await trx
        .insertInto('audit_log')
        .values({ ...fields, hash: auditHash(last.prev_hash, forged) })
        .execute();
      return verifyAuditAnchored(trx, { key: key() });
    });
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual({
      kind: 'broken',
      message: expect.stringMatching(
        new RegExp(`^at entry ${last.id}: entry covered by checkpoint \\d+ is missing`),
      ),
    });
  });

  it('reports an edited last entry whose hash was recomputed as broken against the checkpoint', async () => {
    const last = await anchoredLast();
    const r = await tampered(env(), async (trx) => {
      const hash = auditHash(last.prev_hash, { ...last, summary: '{"dipalsukan":true}' });
      await sql`update audit_log set summary = ${'{"dipalsukan":true}'}, hash = ${hash} where id = ${last.id}`.execute(
        trx,
      );
      return verifyAuditAnchored(trx, { key: key() });
    });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      {
        kind: 'broken',
        message: expect.stringMatching(
          new RegExp(`^at entry ${last.id}: entry does not match the hash signed in checkpoint \\d+$`),
        ),
      },
    ]);
  });

  it('catches a forger who also deleted the checkpoint rows, with the exported checkpoint', async () => {
    const last = await anchoredLast();
    const external = [parseExportedCheckpoint(JSON.stringify(exported))];
    const r = await tampered(env(), async (trx) => {
      await sql`delete from audit_log where id = ${last.id}`.execute(trx);
      await sql`delete from audit_checkpoints`.execute(trx);
      return {
        local: await verifyAuditAnchored(trx, { key: key() }),
        withExport: await verifyAuditAnchored(trx, { key: key(), external }),
      };
    });
    expect(r.local.ok).toBe(true); // what the database alone can no longer show...
    expect(r.withExport).toMatchObject({
      ok: false,
      problems: [
        {
          kind: 'truncated',
          message: `exported checkpoint ${exported.id} covers entries up to id ${last.id} but the chain ends at ${last.id - 1}`,
        },
      ],
    }); // ...the province's copy does
  });

  it('reports a checkpoint with a tampered signature, changed fields or an unknown key as forged', async () => {
    const other = generateKeyPairSync('ed25519');
    const otherKey = {
      ...publicKeyFromPem(other.publicKey.export({ format: 'pem', type: 'spki' }).toString()),
      privateKey: other.privateKey,
    };
    expect(otherKey.keyId).toBe(keyIdOf(other.publicKey));
    const r = await tampered(env(), async (trx) => {
      const [latest] = await trx
        .selectFrom('audit_checkpoints')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(1)
        .execute();
      if (!latest) throw new Error('expected a checkpoint');
      const flipped = Buffer.from(latest.signature, 'base64');
      flipped[0] = (flipped[0] ?? 0) ^ 1;
      await sql`update audit_checkpoints set signature = ${flipped.toString('base64')} where id = ${latest.id}`.execute(
        trx,
      );
      const fields = {
        at: latest.at,
        lastEntryId: latest.last_entry_id + 1000,
        lastEntryHash: latest.last_entry_hash,
        entryCount: latest.entry_count + 1000,
      };
      await insertCheckpoint(trx, {
        at: fields.at,
        last_entry_id: fields.lastEntryId,
        last_entry_hash: fields.lastEntryHash,
        entry_count: fields.entryCount,
        key_id: otherKey.keyId,
        signature: signText(otherKey, canonicalCheckpoint({ ...fields, keyId: otherKey.keyId })),
      });
      return verifyAuditAnchored(trx, { key: key() });
    });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.kind)).toEqual(['forged', 'forged']);
    expect(r.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^checkpoint \d+: signature does not verify with key [0-9a-f]{16}$/),
        expect.stringMatching(new RegExp(`^checkpoint \\d+: signed by unknown key ${otherKey.keyId}$`)),
      ]),
    );
    expect((await verifyAuditAnchored(env().handle.db, { key: key() })).ok).toBe(true);
  });
});

describe('audit key file', () => {
  it('is never overwritten by a second start on the same folder', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sigap-key-'));
    try {
      const cfg = { file: path.join(dir, 'keys', 'audit-ed25519.pem'), createIfMissing: true };
      expect(loadSigningKey(cfg).keyId).toBe(loadSigningKey(cfg).keyId);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
