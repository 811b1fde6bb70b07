import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, PERMISSIONS } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import { RESIDENT_SOURCES } from '../../src/db/stored-codes';

/**
 * Issue 11 "look and feel": the audit page names every action in words. The audit entry's type already
 * requires a code from AUDIT_ACTION_LABELS; this scan of the source also catches a code that reaches the
 * log some other way (a cast, a string built at run time), so a new module cannot forget its label.
 */
const SRC = path.resolve(__dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(full);
    return d.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every action code the source writes: `action: 'x.y'` (policy actions excluded), audit helpers' literals, templates expanded. */
function writtenActions(): Set<string> {
  const found = new Set<string>();
  const policy = new Set(Object.keys(PERMISSIONS));
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /action:\s*(?:nik \? )?'([a-z_]+\.[a-z_]+)'(?:\s*:\s*'([a-z_]+\.[a-z_]+)')?/g,
    )) {
      for (const code of [m[1], m[2]]) if (code && !policy.has(code)) found.add(code);
    }
    for (const m of text.matchAll(/auditExport\([^)]*?'([a-z_]+\.[a-z_]+)'/g)) found.add(m[1] as string);
    if (text.includes('`resident.$' + '{meta.source}_batch`')) {
      for (const source of RESIDENT_SOURCES) found.add(`resident.${source}_batch`);
    }
  }
  return found;
}

describe('audit action labels', () => {
  it('finds the actions the server writes (the scan itself works)', () => {
    const written = writtenActions();
    for (const code of ['auth.login', 'user.create', 'resident.generate_batch', 'export.coverage']) {
      expect(written).toContain(code);
    }
  });

  it('labels every action the server writes, in Indonesian and English', () => {
    const missing = [...writtenActions()].filter((code) => !(AUDIT_ACTIONS as string[]).includes(code));
    expect(missing, 'add these to AUDIT_ACTION_LABELS in packages/domain/src/audit-actions.ts').toEqual([]);
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label.id.length, code).toBeGreaterThan(0);
      expect(label.en.length, code).toBeGreaterThan(0);
      expect(label.id, code).not.toBe(code);
    }
  });
});
