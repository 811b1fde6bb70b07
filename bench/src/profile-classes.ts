/**
 * Splits a V8 CPU profile (`node --cpu-prof`) of an import, a generation or the bare loop into the classes
 * that docs/scale.md's per-row accounting uses (issue 17): the SQL each guarantee needs, the JavaScript
 * around it, garbage collection and start-up. Usage:
 *
 *   node_modules/.bin/tsx --cpu-prof --cpu-prof-dir=DIR bench/src/import-child.ts FILE
 *   node_modules/.bin/tsx bench/src/profile-classes.ts DIR/<largest .cpuprofile> [rows]
 *
 * A sample belongs to the class of its own frame if that frame is SQL, garbage collection or idle time;
 * otherwise to the class of its nearest caller that names one. With `rows`, each class is also shown per row.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Classes decided by the sampled frame itself: native SQL calls and the engine's own states. */
const OWN_FRAME: [string, RegExp][] = [
  ['SQL: residents insert', /^(insertResidentsSqlite|insertRows) /],
  ['SQL: counter upserts', /^apply engine\/counters-sqlite-bulk/],
  ['SQL: history rows', /^insertHistorySqlite /],
  [
    'SQL: signature and digest lookups',
    /^(findSignaturesSqlite|findImportDigestsSqlite|setImportDigestsSqlite) /,
  ],
  ['SQL: commits and Kysely statements', /^executeQuery sqlite\/sqlite-driver|^sqliteTransaction /],
  ['garbage collection', /^\(garbage collector\)/],
  ['idle', /^\(idle\)/],
];

/** The SQL classes also claim every frame they call (the driver's binding and stepping). */
const SQL_CLASSES = OWN_FRAME.filter(([name]) => name.startsWith('SQL'));

/** Classes decided by the nearest caller, for JavaScript frames. */
const CALLER: [string, RegExp][] = [
  ['JS: counter deltas', /counter-deltas|counterEntryOf|counter-key/],
  ['JS: judgement (scope, transitions, state rules)', /^judgeWrites /],
  ['JS: write path, other', /^(applyResidentWrites|writeBatch|auditWrites) /],
  ['JS: line digest', /line-digest/],
  ['JS: parsing and validation', /^parseRowBatch |parse\/(resident-row|row-reader|fast-nik|date-value)/],
  // The bare loop's own reading and `split` run in its module's top-level function.
  [
    'JS: reading and tokenising',
    /csv-tokenizer|csv-reader|file-row-batches|src\/bare-insert-child|readline\/|string_decoder|^RegExp: \\r/,
  ],
  ['JS: generator', /generator\/[a-z-]+\.ts$/],
  // Module loading (tsx's hooks) and the official region files (csv-parse) before the timed part.
  [
    'start-up',
    /^(openAndPrepare|compileSourceTextModule|makeAsyncRequest|makeSyncRequest|waitForWorker|wrapSafe) |migrat|csv-parse|api\/index\.js|lib\/sync\.js/,
  ],
];

function nameOf(node: ProfileNode): string {
  const file = node.callFrame.url.split('/').slice(-2).join('/');
  return `${node.callFrame.functionName || '(anon)'} ${file}`;
}

/** Seconds by class, and the own frames of the samples left in 'other' (to find what a class misses). */
function classify(profile: Profile): { classes: Map<string, number>; unclassified: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const microsByNode = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    microsByNode.set(id, (microsByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const classes = new Map<string, number>();
  const unclassified = new Map<string, number>();
  for (const [id, micros] of microsByNode) {
    const own = nameOf(byId.get(id) as ProfileNode);
    let found = OWN_FRAME.find(([, re]) => re.test(own))?.[0];
    for (let cur: number | undefined = id; !found && cur !== undefined; cur = parentOf.get(cur)) {
      const name = nameOf(byId.get(cur) as ProfileNode);
      found = SQL_CLASSES.find(([, re]) => re.test(name))?.[0] ?? CALLER.find(([, re]) => re.test(name))?.[0];
    }
    if (!found) unclassified.set(own, (unclassified.get(own) ?? 0) + micros);
    const key = found ?? 'other';
    classes.set(key, (classes.get(key) ?? 0) + micros);
  }
  return { classes, unclassified };
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-classes <file.cpuprofile> [rows]');
const { classes, unclassified } = classify(JSON.parse(readFileSync(file, 'utf8')) as Profile);
const rows = rowsArg ? Number(rowsArg) : 0;
let total = 0;
for (const micros of classes.values()) total += micros;
console.log(`${(total / 1e6).toFixed(2).padStart(7)} s  all samples`);
for (const [name, micros] of [...classes].sort((a, b) => b[1] - a[1])) {
  const perRow = rows > 0 ? `  ${(micros / rows).toFixed(1).padStart(5)} µs/row` : '';
  console.log(`${(micros / 1e6).toFixed(2).padStart(7)} s${perRow}  ${name}`);
}
for (const [name, micros] of [...unclassified].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
  console.log(`         other: ${(micros / 1e3).toFixed(0)} ms ${name}`);
}
