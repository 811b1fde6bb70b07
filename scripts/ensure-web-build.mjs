// `npm start` serves the production build of the web app; build it when it is missing or older than a
// source it is built from (the web app, and the contracts and domain rules it bundles), so a checkout that
// pulled new code never serves yesterday's pages.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'packages/web/dist/index.html');
const sourceDirs = ['packages/web/src', 'packages/contracts/src', 'packages/domain/src'].map((d) =>
  path.join(root, d),
);
const buildInputs = ['packages/web/index.html', 'packages/web/vite.config.ts', 'packages/web/package.json']
  .map((f) => path.join(root, f))
  .filter((f) => existsSync(f));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function webBuildIsStale() {
  if (!existsSync(built)) return true;
  const sources = Math.max(...sourceDirs.map(newestMtime), ...buildInputs.map((f) => statSync(f).mtimeMs));
  return statSync(built).mtimeMs < sources;
}

if (webBuildIsStale()) {
  console.log('Membangun aplikasi web / building the web app...');
  const r = spawnSync('npm', ['run', 'build', '-w', '@sigap/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
