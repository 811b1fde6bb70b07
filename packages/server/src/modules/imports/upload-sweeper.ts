/**
 * Keeps data/uploads from holding personal data longer than needed: an upload is deleted when its job
 * ends (import-runner.ts); this sweep deletes what no job will ever end — uploads never imported (rejected
 * at preview, or abandoned) after the retention time, and orphans (a file without its description, a
 * description without its file, an empty file). It runs at startup and then every hour.
 */
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/connect';
import { ensurePrivateDir, makePrivateIfPresent } from '../../private-files';
import { activeJobFilePaths } from './import-jobs.repository';
import { uploadDir } from './uploads';

const SWEEP_EVERY_MS = 60 * 60_000;
/** A file younger than this may still be arriving (its description is written when it is complete). */
const IN_FLIGHT_MS = 60 * 60_000;

export interface SweepOptions {
  retentionHours: number;
  now?: number;
  /** At startup no upload can be in flight, so orphans go at once. */
  startup?: boolean;
}

const ID = /^([0-9a-f-]{36})\.(upload|json)$/;

/** Deletes expired and orphaned uploads; returns the names it deleted. */
export async function sweepUploads(handle: Db, dataDir: string, options: SweepOptions): Promise<string[]> {
  const dir = uploadDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return []; // no upload yet
  }
  if (options.startup) {
    // Uploads kept by an older version were world-readable: make them private like new ones.
    ensurePrivateDir(dir);
    makePrivateIfPresent(names.map((name) => path.join(dir, name)));
  }
  const now = options.now ?? Date.now();
  const active = new Set((await activeJobFilePaths(handle.db)).map((p) => path.resolve(p)));
  const present = new Set(names);
  const doomed = new Set<string>();
  for (const name of names) {
    const match = ID.exec(name);
    if (!match) continue;
    const [, id, kind] = match;
    const file = path.join(dir, `${id}.upload`);
    if (active.has(path.resolve(file))) continue;
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (!info) continue;
    const age = now - info.mtimeMs;
    const settled = options.startup === true || age > IN_FLIGHT_MS;
    const orphan =
      kind === 'json' ? !present.has(`${id}.upload`) : !present.has(`${id}.json`) || info.size === 0;
    const expired = age > options.retentionHours * 3_600_000;
    if ((orphan && settled) || expired) doomed.add(name);
    // An empty upload takes its description with it, which would otherwise be left an orphan.
    if (orphan && settled && kind === 'upload' && present.has(`${id}.json`)) doomed.add(`${id}.json`);
  }
  for (const name of doomed) await rm(path.join(dir, name), { force: true });
  return [...doomed];
}

/** Sweeps now (as at startup) and then every hour; returns a function that stops it. */
export function startUploadSweeper(
  handle: Db,
  dataDir: string,
  retentionHours: number,
  log: FastifyBaseLogger,
): () => void {
  const run = (startup: boolean) =>
    sweepUploads(handle, dataDir, { retentionHours, startup })
      .then((deleted) => {
        if (deleted.length > 0) log.info({ deleted: deleted.length }, 'old and orphaned uploads deleted');
      })
      .catch((err: unknown) => log.error({ err }, 'upload sweep failed'));
  void run(true);
  const timer = setInterval(() => void run(false), SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
