// Starts Sigap for the browser tests on an empty data directory, so every run begins from the same state.
// It runs the compiled server as `npm start` does (built first when missing or older than the sources).
import { spawn, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

if (!process.env.SIGAP_DATA_DIR) throw new Error('SIGAP_DATA_DIR must be set');
rmSync(process.env.SIGAP_DATA_DIR, { recursive: true, force: true });
for (const script of ['scripts/ensure-web-build.mjs', 'scripts/build-server.mjs']) {
  const built = spawnSync(process.execPath, [script, '--if-stale'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const child = spawn(
  process.execPath,
  ['--max-old-space-size=256', '--max-semi-space-size=32', 'packages/server/dist/main.js'],
  { stdio: 'inherit', env: process.env },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
