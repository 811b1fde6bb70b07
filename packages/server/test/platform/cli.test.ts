import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/postgres';

const CLI_TIMEOUT = 120_000;

describe('cli [sqlite]', () => {
  let dataDir = '';
  let env: Record<string, string> = {};

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-cli-'));
    env = { SIGAP_DATA_DIR: dataDir };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    'migrate loads the schema and all regions once; a second run does nothing',
    async () => {
      const first = await runCli(['migrate'], env);
      expect(first.code, first.stderr).toBe(0);
      const loaded = /SQLite .*sigap\.db: (\d+) migration\(s\) applied, (\d+) region row\(s\) loaded/.exec(
        first.stdout,
      );
      expect(loaded, first.stdout).not.toBeNull();
      expect(Number(loaded?.[1])).toBeGreaterThanOrEqual(1);
      expect(Number(loaded?.[2])).toBeGreaterThan(80_000);

      const second = await runCli(['migrate'], env);
      expect(second.code, second.stderr).toBe(0);
      expect(second.stdout).toMatch(/: 0 migration\(s\) applied, 0 region row\(s\) loaded/);

      const db = new SqliteDatabase(path.join(dataDir, 'sigap.db'), { readonly: true });
      try {
        const n = db.prepare('select count(*) as n from regions').get() as { n: number };
        expect(n.n).toBe(Number(loaded?.[2]));
      } finally {
        db.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'user add reads the password from stdin and creates a user who can be audited',
    async () => {
      const r = await runCli(
        [
          'user',
          'add',
          '--username',
          'cli.user',
          '--role',
          'operator_kabkota',
          '--region',
          '18.71',
          '--password-stdin',
        ],
        env,
        'sandi-dari-stdin-1\n',
      );
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('cli.user (operator_kabkota, 18.71)');

      const db = new SqliteDatabase(path.join(dataDir, 'sigap.db'), { readonly: true });
      try {
        const row = db
          .prepare('select username, role, region_code, password_hash from users where username = ?')
          .get('cli.user') as
          | { username: string; role: string; region_code: string; password_hash: string }
          | undefined;
        expect(row).toMatchObject({ username: 'cli.user', role: 'operator_kabkota', region_code: '18.71' });
        expect(row?.password_hash).toMatch(/^\$argon2id\$/);
        expect(row?.password_hash).not.toContain('sandi-dari-stdin-1');
        const audit = db
          .prepare("select action, ip, summary from audit_log where action = 'user.create'")
          .all() as {
          action: string;
          ip: string;
          summary: string;
        }[];
        expect(audit).toHaveLength(1);
        expect(audit[0]?.ip).toBe('cli');
        expect(audit[0]?.summary).not.toContain('sandi-dari-stdin-1');
      } finally {
        db.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'user add refuses a bad role and a duplicate username with a message and a non-zero exit',
    async () => {
      const badRole = await runCli(
        ['user', 'add', '--username', 'cli.other', '--role', 'raja', '--region', '18.71', '--password-stdin'],
        env,
        'sandi-dari-stdin-2\n',
      );
      expect(badRole.code).not.toBe(0);
      expect(badRole.stderr).toContain('Unknown role raja');
      expect(badRole.stderr).toContain('operator_kabkota');

      const dup = await runCli(
        [
          'user',
          'add',
          '--username',
          'CLI.User',
          '--role',
          'petugas_loket',
          '--region',
          '18.71',
          '--password-stdin',
        ],
        env,
        'sandi-dari-stdin-3\n',
      );
      expect(dup.code).not.toBe(0);
      expect(dup.stderr).toContain('Nama pengguna cli.user sudah dipakai.');
    },
    CLI_TIMEOUT,
  );

  it(
    'audit checkpoint --export signs a checkpoint that catches a deleted tail even with the checkpoint rows gone',
    async () => {
      const made = await runCli(['audit', 'checkpoint', '--export'], env);
      expect(made.code, made.stderr).toBe(0);
      const exported = JSON.parse(made.stdout) as { lastEntryId: number; keyId: string; id: number };
      expect(exported).toMatchObject({ format: 'sigap-audit-checkpoint/v1', lastEntryId: 1, entryCount: 1 });
      const pub = await runCli(['audit', 'public-key'], env);
      expect(pub.code, pub.stderr).toBe(0);
      expect(pub.stdout).toContain(`# Sigap audit key id ${exported.keyId}`);
      expect(pub.stdout).toContain('-----BEGIN PUBLIC KEY-----');
      const file = path.join(dataDir, 'checkpoint.json');
      writeFileSync(file, made.stdout);

      // The forger deletes the last entry and every checkpoint row; the province's copy still catches it.
      const db = new SqliteDatabase(path.join(dataDir, 'sigap.db'));
      const saved = {
        entries: db.prepare('select * from audit_log').all() as Record<string, unknown>[],
        checkpoints: db.prepare('select * from audit_checkpoints').all() as Record<string, unknown>[],
      };
      db.exec('delete from audit_log; delete from audit_checkpoints');
      try {
        const caught = await runCli(['audit', 'verify', '--checkpoint', file], env);
        expect(caught.code).toBe(1);
        expect(caught.stdout.trim()).toBe(
          `TRUNCATED: exported checkpoint ${exported.id} covers entries up to id 1 but the chain ends at 0`,
        );
      } finally {
        for (const [table, rows] of [
          ['audit_log', saved.entries],
          ['audit_checkpoints', saved.checkpoints],
        ] as const) {
          for (const row of rows) {
            const cols = Object.keys(row);
            db.prepare(
              `insert into ${table} (${cols.join(',')}) values (${cols.map((c) => `@${c}`).join(',')})`,
            ).run(row);
          }
        }
        db.close();
      }
    },
    CLI_TIMEOUT,
  );

  it(
    'audit verify prints OK n entries, and BROKEN at entry after tampering (exit 1)',
    async () => {
      const ok = await runCli(['audit', 'verify'], env);
      expect(ok.code, ok.stderr).toBe(0);
      const [first, second] = ok.stdout.trim().split('\n');
      expect(first).toBe('OK 1 entries');
      expect(second).toMatch(/^checkpoint 1 of \S+ matches: 1 entries up to id 1, key [0-9a-f]{16}$/);

      const db = new SqliteDatabase(path.join(dataDir, 'sigap.db'));
      try {
        const row = db.prepare('select id from audit_log order by id limit 1').get() as { id: number };
        db.prepare('update audit_log set summary = ? where id = ?').run('{"username":"dipalsukan"}', row.id);
      } finally {
        db.close();
      }
      const broken = await runCli(['audit', 'verify'], env);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^BROKEN at entry 1\b/m);
    },
    CLI_TIMEOUT,
  );
});

const pgUnavailable = inject('postgresUnavailable');

describe.skipIf(pgUnavailable !== null)('cli [postgres]', () => {
  let name = '';
  let env: Record<string, string> = {};
  let dataDir = '';

  beforeAll(async () => {
    name = await createTestDatabase('cli');
    dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-cli-pg-'));
    env = { DATABASE_URL: databaseUrl(name), SIGAP_DATA_DIR: dataDir };
  });
  afterAll(async () => {
    await dropTestDatabase(name);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'migrates once, adds a user, and verifies the chain and finds tampering on PostgreSQL',
    async () => {
      const first = await runCli(['migrate'], env);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toMatch(
        /PostgreSQL 127\.0\.0\.1:5432\/\S+: [1-9]\d* migration\(s\) applied, [1-9]\d+ region row\(s\) loaded/,
      );
      expect(first.stdout).not.toMatch(/postgres:\/\//);
      const second = await runCli(['migrate'], env);
      expect(second.stdout).toMatch(/: 0 migration\(s\) applied, 0 region row\(s\) loaded/);

      const add = await runCli(
        [
          'user',
          'add',
          '--username',
          'cli.pg',
          '--role',
          'admin_provinsi',
          '--region',
          '52',
          '--password-stdin',
        ],
        env,
        'sandi-dari-stdin-4\n',
      );
      expect(add.code, add.stderr).toBe(0);
      const verify = await runCli(['audit', 'verify'], env);
      expect(verify.stdout.trim().split('\n')).toEqual([
        'OK 1 entries',
        'no signed checkpoint yet (npm run sigap -- audit checkpoint)',
      ]);

      const client = new pg.Client({ connectionString: databaseUrl(name) });
      await client.connect();
      try {
        await client.query(`update audit_log set region_code = '18' where username is null`);
      } finally {
        await client.end();
      }
      const broken = await runCli(['audit', 'verify'], env);
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/^BROKEN at entry 1\b/m);
    },
    CLI_TIMEOUT,
  );
});
