import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/cli';

/**
 * Issue 9, end to end: the crafted files that killed `npm start` go through upload, preview and start
 * against a real server process with the production heap (256 MB). It must answer /api/health after each,
 * and its peak memory must stay bounded. (On SQLite: the engine does not change how files are read.)
 */
const CRAFTED = path.join(REPO_ROOT, 'packages/server/test/fixtures/crafted');
const PASSWORD = 'crafted-files-123';
/**
 * Peak resident memory allowed: the 256 MB heap plus Node, SQLite's 64 MB page cache and buffers, well
 * under the 768 MB MemoryMax of deploy/sigap.service. Measured (SIGAP_REPORT_RSS=1): ~316 MB after the
 * shared-string bomb, 408–442 MB after the rich-text bomb, whose shared-strings cache grows to its cost
 * bound (import-limits.ts) before the file is refused.
 */
const MAX_RSS_MB = 512;
const REPORT = process.env.SIGAP_REPORT_RSS === '1';

let server: ChildProcess;
let base = '';
let dataDir = '';
let cookie = '';
let csrf = '';

function startServer(): Promise<string> {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sigap-crafted-'));
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
  server = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--max-old-space-size=256',
      '--max-semi-space-size=32',
      'packages/server/src/main.ts',
    ],
    { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
    server.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /open:\s+(http:\/\/localhost:\d+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url.replace('localhost', '127.0.0.1'));
      }
    });
    server.stderr?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${out}`)));
  });
}

async function api(method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { cookie, 'x-csrf-token': csrf };
  if (body instanceof FormData) return fetch(base + url, { method, headers, body });
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(base + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function upload(name: string): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(path.join(CRAFTED, name))]), name);
  return api('POST', '/api/v1/imports/uploads', form);
}

async function healthy(): Promise<void> {
  expect(server.exitCode).toBeNull();
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
}

/** Peak resident set of the server process, from Linux's /proc. */
function peakRssMb(): number {
  const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe('crafted files against a server with a 256 MB heap', () => {
  beforeAll(async () => {
    base = await startServer();
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'bandarlampung.operator', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
  }, 120_000);

  afterAll(() => {
    server?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['shared-string-bomb.xlsx', 'import_file_too_large'],
    ['rich-text-bomb.xlsx', 'import_file_too_large'],
    ['truncated-half.xlsx', 'import_unreadable_file'],
  ])('answers %s with a 422 and stays up', async (name, id) => {
    const r = await upload(name);
    expect(r.status).toBe(422);
    expect(((await r.json()) as { error: string }).error).toBe(id);
    await healthy();
  });

  it.each([['inline-bomb-row-1700.xlsx'], ['damaged.xlsx']])(
    'previews and starts %s, fails the job with a reason and stays up',
    async (name) => {
      const r = await upload(name);
      if (r.status === 422) return healthy(); // refused already at preview: fine too
      expect(r.status).toBe(201);
      const { upload: up } = (await r.json()) as { upload: { id: string } };
      const started = await api('POST', '/api/v1/imports', { uploadId: up.id, kind: 'residents' });
      expect(started.status).toBe(202);
      const { job } = (await started.json()) as { job: { id: number } };
      let status = 'queued';
      let messageEn = '';
      for (let i = 0; i < 300 && (status === 'queued' || status === 'running'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const j = (await (await api('GET', `/api/v1/imports/${job.id}`)).json()) as {
          job: { status: string; messageEn: string };
        };
        status = j.job.status;
        messageEn = j.job.messageEn;
      }
      expect(status).toBe('failed');
      expect(messageEn).toMatch(/refused|cannot be read/);
      await healthy();
    },
    40_000,
  );

  it('kept its memory bounded through all of them', () => {
    if (REPORT) console.info(`peak RSS ${peakRssMb().toFixed(0)} MB`);
    expect(peakRssMb()).toBeLessThan(MAX_RSS_MB);
  });
});
