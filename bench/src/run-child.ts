import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The V8 heap settings `npm start` and `npm run sigap` run with (package.json): children measure the same. */
export const HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=32'];

/** Runs a bench child script with tsx and returns the JSON it printed last. */
export function runChild<T>(script: string, args: string[], env: Record<string, string>): T {
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [...HEAP_FLAGS, path.join(ROOT, 'bench/src', script), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  if (r.status !== 0 || !last.startsWith('{')) {
    throw new Error(`${script} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  }
  return JSON.parse(last) as T;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
