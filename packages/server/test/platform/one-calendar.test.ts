import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 10 "one calendar": "today" comes from `officeToday(region)` (packages/domain/src/timezones.ts) and
 * nowhere else. This check fails when a zone offset is hand-coded again, or when a UTC date of the current
 * instant is taken for a calendar day, in the server or the web app.
 */
const ROOT = path.resolve(__dirname, '../../../..');
const SCANNED = ['packages/server/src', 'packages/web/src'];

const RULES: { name: string; pattern: RegExp }[] = [
  // `7 * 3_600_000`, `+ 8 * 60 * 60_000`, `9 * 3600 * 1000`: an hour count written as a literal offset.
  {
    name: 'literal zone offset',
    pattern: /\b[789]\s*\*\s*(3_?600_?000|60\s*\*\s*60_?000|3_?600\s*\*\s*1_?000)/,
  },
  { name: 'hard-coded +07/+08/+09 offset', pattern: /[+]0[789]:?00/ },
  { name: 'hard-coded Indonesian zone name', pattern: /'Asia\/(Jakarta|Makassar|Jayapura)'/ },
  {
    name: 'UTC date of the current instant',
    pattern: /(new Date\(\)|Date\.now\(\)|\bnow)(\.getTime\(\))?\)?\.toISOString\(\)\.slice\(0, ?10\)/,
  },
];

/** Legitimate hits, each with its reason; keyed by file and the rule it may break. */
const ALLOWED: { file: string; rule: string; reason: string }[] = [
  {
    file: 'packages/server/src/modules/auth/login-alerts.ts',
    rule: 'UTC date of the current instant',
    reason: 'a de-duplication key per UTC day for a security notice, never shown as a date',
  },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx)$/.test(e.name) ? [rel] : [];
  });
}

describe('one calendar (no hand-made "today")', () => {
  const files = SCANNED.flatMap(sourceFiles);

  it('scans the server and the web app', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('finds no zone offset or UTC "today" outside the allow-list', () => {
    const hits: string[] = [];
    for (const file of files) {
      const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const rule of RULES) {
          if (!rule.pattern.test(line)) continue;
          if (ALLOWED.some((a) => a.file === file && a.rule === rule.name)) continue;
          hits.push(`${file}:${i + 1} ${rule.name}: ${line.trim()}`);
        }
      });
    }
    expect(hits, 'use officeToday(region) from @sigap/domain (timezones.ts)').toEqual([]);
  });

  it('keeps no stale allow-list entry', () => {
    for (const a of ALLOWED) {
      const rule = RULES.find((r) => r.name === a.rule);
      const text = readFileSync(path.join(ROOT, a.file), 'utf8');
      expect(rule && text.split('\n').some((l) => rule.pattern.test(l)), `${a.file}: ${a.reason}`).toBe(true);
    }
  });

  it('catches the patterns it is meant to catch', () => {
    const samples = [
      'new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10)',
      "const OFFSET = '+07:00';",
      "timeZone: 'Asia/Jakarta',",
      'const today = new Date().toISOString().slice(0, 10);',
      'const d = now.toISOString().slice(0, 10);',
    ];
    for (const s of samples)
      expect(
        RULES.some((r) => r.pattern.test(s)),
        s,
      ).toBe(true);
    expect(RULES.some((r) => r.pattern.test('now.getTime() - PAIR_MEMORY_HOURS * 3_600_000'))).toBe(false);
  });
});
