// `npm start` serves the production build of the web app; build it first when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'packages/web/dist/index.html'))) {
  console.log('Membangun aplikasi web (sekali saja) / building the web app (once)...');
  const r = spawnSync('npm', ['run', 'build', '-w', '@sigap/web'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
