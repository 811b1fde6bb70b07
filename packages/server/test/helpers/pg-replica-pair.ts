import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throwaway primary and a streaming hot standby, started from the machine's PostgreSQL binaries in a
 * temporary folder on free ports. The machine's own cluster is left alone (its pg_hba allows no
 * replication, and tests must not reconfigure shared services). As root, the servers run as `postgres`.
 */
export interface ReplicaPair {
  primaryUrl(db: string): string;
  replicaUrl(db: string): string;
  stop(): void;
}

/** The binaries' folder, or why the pair cannot be started here. */
export function postgresBinDir(): { dir: string } | { missing: string } {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(path.join(dir, 'initdb'))) return { dir };
  } catch {
    // pg_config is the client package's; fall through to the server package's folder
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort().reverse() : [];
  for (const v of versions) {
    const dir = path.join(root, v, 'bin');
    if (existsSync(path.join(dir, 'initdb'))) return { dir };
  }
  return { missing: 'PostgreSQL server binaries (initdb, pg_ctl, pg_basebackup) not found' };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startReplicaPair(binDir: string): Promise<ReplicaPair> {
  const asRoot = process.getuid?.() === 0;
  const base = mkdtempSync(path.join(tmpdir(), 'sigap-replica-'));
  chmodSync(base, 0o755);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(base, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const bin = path.join(binDir, tool);
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', bin, ...args], { encoding: 'utf8' })
      : spawnSync(bin, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout}`);
  };
  const [pPort, rPort] = [await freePort(), await freePort()];
  const primary = path.join(base, 'primary');
  const replica = path.join(base, 'replica');
  const settings = (port: number) =>
    [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${base}'`,
      'wal_level = replica',
      'max_wal_senders = 4',
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'shared_buffers = 32MB',
      'hot_standby = on',
      '',
    ].join('\n');
  run('initdb', ['-D', primary, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  // initdb's pg_hba already trusts replication from 127.0.0.1.
  appendFileSync(path.join(primary, 'postgresql.conf'), settings(pPort));
  run('pg_ctl', ['-D', primary, '-l', path.join(base, 'primary.log'), '-w', 'start']);
  const stop = () => {
    for (const dir of [replica, primary]) {
      if (existsSync(path.join(dir, 'postmaster.pid'))) {
        try {
          run('pg_ctl', ['-D', dir, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // already gone
        }
      }
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(pPort),
      '-U',
      'postgres',
      '-D',
      replica,
      '-R',
      '-X',
      'stream',
    ]);
    writeFileSync(
      path.join(replica, 'postgresql.auto.conf'),
      `${settings(rPort)}primary_conninfo = 'host=127.0.0.1 port=${pPort} user=postgres'\n`,
    );
    run('pg_ctl', ['-D', replica, '-l', path.join(base, 'replica.log'), '-w', 'start']);
  } catch (err) {
    stop();
    throw err;
  }
  const url = (port: number, db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return { primaryUrl: (db) => url(pPort, db), replicaUrl: (db) => url(rPort, db), stop };
}
