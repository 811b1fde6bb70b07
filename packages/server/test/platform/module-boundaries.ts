import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The static half of the module template (docs/architecture.md, "Module template"): parses every file of
 * packages/server/src with the TypeScript parser (comments and strings never match) and reports which
 * boundary rule each import or query breaks. The test (module-boundaries.test.ts) holds the tree to it.
 */
export const SRC = path.resolve(__dirname, '../../src');
const SERVER = path.dirname(SRC);

export const RULES = {
  'module-index': "imports another module's internals: go through that module's index.ts",
  'private-repository':
    "imports a repository from outside its module: repositories are private to it (call the module's service through its index.ts)",
  'sql-outside-repository':
    "builds SQL outside a *.repository.ts or db/: move the query into the module's repository",
  'test-import': 'imports test code from src: move what it needs into src, or the code into test/',
  'repository-app-error':
    'a repository imports the API error model: return undefined/false/results and let the service decide',
} as const;
export type Rule = keyof typeof RULES;

export interface Violation {
  /** Relative to packages/server/src. */
  file: string;
  rule: Rule;
  /** The import or the query that breaks it. */
  detail: string;
}

/** Kysely's query starters; `sql` templates and helpers; better-sqlite3's prepared statements. */
const QUERY_STARTERS = new Set([
  'selectFrom',
  'selectNoFrom',
  'insertInto',
  'replaceInto',
  'updateTable',
  'deleteFrom',
  'mergeInto',
  'prepare',
]);

/** The module a file belongs to (`modules/<name>/…`), or null for app.ts, cli, seed, http, db… */
export function moduleOf(relFile: string): string | null {
  const parts = relFile.split('/');
  return parts[0] === 'modules' && parts.length > 2 ? (parts[1] ?? null) : null;
}

function resolveImport(fromAbs: string, spec: string, exists: (p: string) => boolean): string | null {
  if (!spec.startsWith('.')) return null; // a package (@sigap/domain, kysely…): not ours to police
  const base = path.resolve(path.dirname(fromAbs), spec);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((c) => c.endsWith('.ts') && exists(c)) ?? `${base}.ts`;
}

const ENGINE_SHAPES = new Set([
  'modules/counters/counter-deltas.ts',
  'modules/counters/counter-key.ts',
  'modules/residents/resident-row.ts',
  'modules/residents/resident-write.types.ts',
]);

function importRule(fromRel: string, targetAbs: string): Rule | null {
  const targetRel = path.relative(SRC, targetAbs).split(path.sep).join('/');
  if (fromRel.endsWith('.repository.ts') && (targetRel === 'errors.ts' || targetRel.endsWith('.errors.ts'))) {
    return 'repository-app-error';
  }
  if (targetRel.startsWith('..')) {
    return path.relative(SERVER, targetAbs).startsWith(`test${path.sep}`) ? 'test-import' : null;
  }
  const target = moduleOf(targetRel);
  if (target === null || target === moduleOf(fromRel)) return null;
  if (targetRel.endsWith('.repository.ts')) return 'private-repository';
  if (targetRel === `modules/${target}/index.ts`) return null;
  // The engine seam (db/engine) stores residents and counters for their modules, so it reads the row and
  // counter shapes those modules define; nothing else of theirs. Going through the module's index instead
  // would make the database layer load the whole module (a cycle through connect.ts).
  if (fromRel.startsWith('db/engine/') && ENGINE_SHAPES.has(targetRel)) return null;
  return 'module-index';
}

function queryAt(node: ts.Node): string | null {
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const name = node.expression.name.text;
    if (QUERY_STARTERS.has(name)) return `.${name}(`;
  }
  if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'sql')
    return 'sql`…`';
  if (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'sql'
  ) {
    return `sql.${node.name.text}`;
  }
  return null;
}

const sqlAllowed = (rel: string) => rel.endsWith('.repository.ts') || rel.startsWith('db/');

/** Every violation in one file; `exists` answers whether an import target exists (the disk, or a sample). */
export function checkSource(
  relFile: string,
  text: string,
  exists: (absPath: string) => boolean = existsSync,
): Violation[] {
  const abs = path.join(SRC, relFile);
  const source = ts.createSourceFile(abs, text, ts.ScriptTarget.Latest, true);
  const out: Violation[] = [];
  const visit = (node: ts.Node): void => {
    const spec =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier.text
        : ts.isCallExpression(node) &&
            node.expression.kind === ts.SyntaxKind.ImportKeyword &&
            node.arguments[0] &&
            ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0].text
          : null;
    const target = spec === null ? null : resolveImport(abs, spec, exists);
    const rule = target === null ? null : importRule(relFile, target);
    if (rule) out.push({ file: relFile, rule, detail: `import '${spec}'` });
    const query = sqlAllowed(relFile) ? null : queryAt(node);
    if (query) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      out.push({ file: relFile, rule: 'sql-outside-repository', detail: `${query} at line ${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(abs);
    return e.name.endsWith('.ts') ? [path.relative(SRC, abs).split(path.sep).join('/')] : [];
  });
}

/** The violations of the whole server source tree, with the number of files read. */
export function checkServerSource(): { files: number; violations: Violation[] } {
  const files = sourceFiles(SRC);
  const violations = files.flatMap((f) => checkSource(f, readFileSync(path.join(SRC, f), 'utf8')));
  return { files: files.length, violations };
}

export function describeViolation(v: Violation): string {
  return `${v.file}: [${v.rule}] ${RULES[v.rule]} — ${v.detail}`;
}
