// Starts Sigap for the browser tests on an empty data directory, so every run begins from the same state.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

if (!process.env.SIGAP_DATA_DIR) throw new Error('SIGAP_DATA_DIR must be set');
rmSync(process.env.SIGAP_DATA_DIR, { recursive: true, force: true });
const child = spawn(
  'npx',
  ['tsx', '--max-old-space-size=256', '--max-semi-space-size=32', 'packages/server/src/main.ts'],
  {
    stdio: 'inherit',
    env: process.env,
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
