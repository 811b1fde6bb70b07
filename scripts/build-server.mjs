// Compiles the server and the CLI to plain JavaScript (packages/server/dist/main.js and cli.js), so `npm start`
// and `npm run sigap` run Node without a TypeScript loader.
//   node scripts/build-server.mjs             build now
//   node scripts/build-server.mjs --if-stale  build only when a bundle is missing or older than a source file
// esbuild bundles our own TypeScript — the server and the workspace packages (@sigap/domain, @sigap/contracts),
// which are published as .ts sources — into one file per entry point. Every npm dependency stays external and is loaded
// from node_modules as usual: they are JavaScript already, and some need their own files on disk (argon2 and
// better-sqlite3 native modules, pdfkit's fonts, exceljs), which a bundle would lose.
// Both bundles sit directly in dist/, as server-paths.ts sits directly in src/: its `..` is the package root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = path.join(root, 'packages/server');
const outdir = path.join(serverDir, 'dist');
const entries = { main: 'src/main.ts', cli: 'src/cli/main.ts' };
const sourceDirs = ['packages/server/src', 'packages/domain/src', 'packages/contracts/src'].map((d) =>
  path.join(root, d),
);
const buildInputs = [fileURLToPath(import.meta.url), path.join(serverDir, 'package.json')];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** True when a bundle is missing or a source (or this script) changed after it was written. */
export function serverBuildIsStale() {
  const bundles = Object.keys(entries).map((name) => path.join(outdir, `${name}.js`));
  if (!bundles.every((file) => existsSync(file))) return true;
  const built = Math.min(...bundles.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(...sourceDirs.map(newestMtime), ...buildInputs.map((f) => statSync(f).mtimeMs));
  return sources > built;
}

/** npm packages the server or a workspace package it bundles depends on, except our own (bundled from source). */
function externalPackages() {
  const names = new Set();
  for (const dir of ['packages/server', 'packages/domain', 'packages/contracts']) {
    const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
    for (const name of Object.keys(pkg.dependencies ?? {})) if (!name.startsWith('@sigap/')) names.add(name);
  }
  return [...names];
}

export async function buildServer() {
  // Imported here so that the staleness check of every `npm start` does not load esbuild.
  const esbuild = await import('esbuild');
  await esbuild.build({
    absWorkingDir: serverDir,
    entryPoints: entries,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: externalPackages(),
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || serverBuildIsStale()) {
    // stderr: `npm run sigap -- ... > file` must get only the command's own output.
    console.error('Membangun server (sekali saja) / building the server (once)...');
    await buildServer();
  }
}
