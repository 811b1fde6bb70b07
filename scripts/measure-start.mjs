// Measures `npm start`: time from spawn until GET /api/health answers 200, and resident memory once healthy.
// The first run seeds a fresh data directory (not measured); then `--runs` restarts on that directory are.
// Usage: node scripts/measure-start.mjs [--runs 3] [--port 3190] [-- <command to start Sigap>]
// Memory is read from /proc (Linux): the server process (the one listening) and the whole process tree that
// `npm start` spawned (npm, the start script, any loader process), so wrapper overhead is counted too.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '3190' } },
  allowPositionals: true,
});
const command = positionals.length > 0 ? positionals : ['npm', 'start'];
const port = Number(values.port);
const dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-measure-'));

function childrenOf(pid) {
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the name in field 2 may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function tree(pid) {
  return [pid, ...childrenOf(pid).flatMap(tree)];
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

async function healthy() {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
  } catch {
    return false;
  }
}

async function startOnce() {
  const started = performance.now();
  const child = spawn(command[0], command.slice(1), {
    env: { ...process.env, PORT: String(port), SIGAP_DATA_DIR: dataDir },
    stdio: 'ignore',
    detached: true,
  });
  while (!(await healthy())) {
    if (child.exitCode !== null) throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    if (performance.now() - started > 300_000) throw new Error('not healthy after 300 s');
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - started;
  // Let start-up work that runs after listen (resumed imports, schedulers) settle before reading memory.
  await new Promise((r) => setTimeout(r, 1000));
  const pids = tree(child.pid);
  const perProcess = pids.map((pid) => rssKb(pid));
  const result = { ms, serverKb: Math.max(...perProcess), treeKb: perProcess.reduce((a, b) => a + b, 0) };
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  // npm may exit before the server it started; wait until the port is free again.
  while (await healthy()) await new Promise((r) => setTimeout(r, 50));
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`seeding ${dataDir} with: ${command.join(' ')}`);
  const seed = await startOnce();
  console.log(`seed run: ${(seed.ms / 1000).toFixed(2)} s`);
  const runs = [];
  for (let i = 0; i < Number(values.runs); i++) {
    const r = await startOnce();
    runs.push(r);
    const mb = (kb) => (kb / 1024).toFixed(0);
    console.log(
      `restart ${i + 1}: ${(r.ms / 1000).toFixed(2)} s to healthy, server RSS ${mb(r.serverKb)} MB, tree ${mb(r.treeKb)} MB`,
    );
  }
  const ms = median(runs.map((r) => r.ms));
  const server = median(runs.map((r) => r.serverKb)) / 1024;
  const total = median(runs.map((r) => r.treeKb)) / 1024;
  console.log(
    `median of ${runs.length}: ${(ms / 1000).toFixed(2)} s to healthy, server RSS ${server.toFixed(0)} MB, tree RSS ${total.toFixed(0)} MB`,
  );
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
