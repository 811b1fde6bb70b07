import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10 "one engine seam": every difference between SQLite and PostgreSQL lives in one store per
 * engine (packages/server/src/db/engine), chosen once by `openDatabase` (db/connect.ts). This check fails
 * when code elsewhere branches on the engine, reaches for a driver handle, calls an engine's bulk file
 * directly, or imports the portable test oracle.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const SRC = 'packages/server/src';
const ENGINE_DIR = `${SRC}/db/engine/`;
const CONNECT = `${SRC}/db/connect.ts`;

const RULES: { name: string; pattern: RegExp; allowedIn: string[]; breach: string }[] = [
  {
    name: 'branch on the engine',
    pattern:
      /\bengine\s*[!=]==?|[!=]==?\s*['"](sqlite|postgres)['"]|['"](sqlite|postgres)['"]\s*[!=]==?|case\s+['"](sqlite|postgres)['"]/,
    // Migrations choose column types per engine (column-types.ts is their helper); nothing else does.
    allowedIn: [ENGINE_DIR, CONNECT, `${SRC}/db/migrations/`, `${SRC}/db/column-types.ts`],
    breach: "if (handle.engine === 'postgres') due = due.forUpdate().skipLocked();",
  },
  {
    name: 'SQLite driver',
    pattern: /better-sqlite3/,
    allowedIn: [ENGINE_DIR, CONNECT],
    breach: "import type SqliteDatabase from 'better-sqlite3';",
  },
  {
    name: 'PostgreSQL driver or pool',
    pattern: /from\s+['"]pg['"]|\bpg\.Pool\b|\.pool\b/,
    allowedIn: [ENGINE_DIR, CONNECT],
    breach: "handle.pool?.on('error', () => {});",
  },
  {
    name: 'raw SQLite handle',
    pattern: /\.sqlite\b/,
    allowedIn: [ENGINE_DIR, CONNECT],
    breach: 'applyResidentWrites(trx, handle.engine, writes, meta, handle.sqlite)',
  },
  {
    name: "an engine's store or bulk file outside the seam",
    pattern: /engine\/(sqlite|postgres)-store['"]|-(sqlite|pg)-bulk['"]/,
    allowedIn: [ENGINE_DIR, CONNECT],
    breach: "import { applyCounterDeltasPg } from '../../db/engine/counters-pg-bulk';",
  },
  {
    name: 'the test oracle in production',
    pattern: /from\s+['"][^'"]*(\/test\/|portable-)/,
    allowedIn: [],
    breach: "import { portableOracle } from '../../../test/oracle/portable-oracle';",
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

describe('one engine seam', () => {
  const files = sourceFiles(SRC);

  it('scans the server, the engine stores among it', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain(`${ENGINE_DIR}sqlite-store.ts`);
    expect(files).toContain(`${ENGINE_DIR}postgres-store.ts`);
  });

  it('recognises each kind of breach', () => {
    for (const rule of RULES) expect(rule.pattern.test(rule.breach), rule.name).toBe(true);
  });

  it('finds no engine difference outside db/engine and openDatabase', () => {
    const hits: string[] = [];
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const rule of RULES) {
          if (!rule.pattern.test(line)) continue;
          if (rule.allowedIn.some((allowed) => file.startsWith(allowed))) continue;
          hits.push(`${file}:${i + 1} ${rule.name}: ${line.trim()}`);
        }
      });
    }
    expect(hits, 'put the difference in db/engine (EngineStore) instead').toEqual([]);
  });
});
