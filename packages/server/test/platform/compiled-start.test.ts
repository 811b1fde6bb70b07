import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli';

/**
 * `npm start` runs the esbuild bundle, not the TypeScript sources: this starts that bundle as production does
 * (no loader, the 256 MB heap) on a fresh data directory, so a file the bundle cannot find at run time (region
 * CSVs, boundary files, the version, an external package) fails here rather than on an office's server.
 */
const PASSWORD = 'compiled-start-password';
let server: ChildProcess;
let dataDir: string;
let base: string;
let banner = '';

function startCompiled(): Promise<string> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-compiled-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    SIGAP_DATA_DIR: dataDir,
    SIGAP_DEMO_SCALE: '0',
    SIGAP_DEMO_PASSWORD: PASSWORD,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const args = ['--max-old-space-size=256', '--max-semi-space-size=32', 'packages/server/dist/main.js'];
  server = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${banner}`)), 60_000);
    server.stdout?.on('data', (d: Buffer) => {
      banner += d.toString();
      const url = /open:\s+(http:\/\/localhost:\d+)/.exec(banner)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url.replace('localhost', '127.0.0.1'));
      }
    });
    server.stderr?.on('data', (d: Buffer) => {
      banner += d.toString();
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${banner}`)));
  });
}

describe('the compiled server (npm start)', () => {
  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--if-stale'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    base = await startCompiled();
  }, 90_000);

  afterAll(() => {
    server?.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers /api/health and prints where to open Sigap and how to log in', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect(banner).toMatch(/Sigap \d+\.\d+\.\d+ berjalan/);
    expect(banner).toMatch(new RegExp(`admin\\s+superadmin\\s+ID\\s+${PASSWORD}`));
  });

  it('loaded the vendored region data and keeps a login across requests (cookies)', async () => {
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lombokbarat.operator', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    const me = await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: setCookie.split(';')[0] ?? '' } });
    expect(me.status).toBe(200);
    expect(JSON.stringify(await me.json())).toContain('52.01');
    // The map's boundary files are read at run time too (assets/boundaries, located like the region CSVs).
    const map = await fetch(`${base}/api/v1/boundaries/52.01`, {
      headers: { cookie: setCookie.split(';')[0] ?? '' },
    });
    expect(map.status).toBe(200);
    const areas = ((await map.json()) as { objects: { areas: { geometries: { id: string }[] } } }).objects
      .areas;
    expect(areas.geometries.length).toBeGreaterThan(5);
    expect(areas.geometries.every((g) => g.id.startsWith('52.01.'))).toBe(true);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    // The start-up listener treats any exit as a failure; from here an exit is what we wait for.
    server.removeAllListeners('exit');
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
