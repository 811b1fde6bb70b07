import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../private-files';
import { importErrors } from './imports.errors';

export interface StoredUpload {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  path: string;
  userId: number | null;
  createdAt: string;
}

export function uploadDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

/**
 * Stores an uploaded file under the data directory while hashing it, so that the import can be started,
 * resumed after a crash, and recognised when the same file comes again.
 */
export async function saveUpload(
  dataDir: string,
  stream: Readable,
  fileName: string,
  userId: number | null,
): Promise<StoredUpload> {
  const dir = uploadDir(dataDir);
  ensurePrivateDir(dataDir);
  ensurePrivateDir(dir);
  const id = randomUUID();
  const filePath = path.join(dir, `${id}.upload`);
  const hash = createHash('sha256');
  stream.on('data', (chunk: Buffer) => hash.update(chunk));
  try {
    await pipeline(stream, createWriteStream(filePath, { mode: PRIVATE_FILE_MODE }));
  } catch (err) {
    // A body cut off mid-way leaves no half file behind.
    await rm(filePath, { force: true });
    // A system error (disk full, permissions) is the server's; anything else is a broken request body.
    if (err instanceof Error && 'errno' in err) throw err;
    throw Object.assign(importErrors.uploadIncomplete(), { cause: err });
  }
  const upload: StoredUpload = {
    id,
    fileName: path.basename(fileName),
    size: (await stat(filePath)).size,
    sha256: hash.digest('hex'),
    path: filePath,
    userId,
    createdAt: new Date().toISOString(),
  };
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(upload), { mode: PRIVATE_FILE_MODE });
  return upload;
}

/** Registers a file already on disk (the CLI imports in place, without copying). */
export async function describeLocalFile(filePath: string): Promise<StoredUpload> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(filePath), hash);
  return {
    id: 'local',
    fileName: path.basename(filePath),
    size: (await stat(filePath)).size,
    sha256: hash.digest('hex'),
    path: path.resolve(filePath),
    userId: null,
    createdAt: new Date().toISOString(),
  };
}

export async function readUpload(dataDir: string, id: string): Promise<StoredUpload> {
  if (!/^[0-9a-f-]{36}$/.test(id)) throw importErrors.uploadNotFound(id);
  try {
    return JSON.parse(await readFile(path.join(uploadDir(dataDir), `${id}.json`), 'utf8')) as StoredUpload;
  } catch {
    throw importErrors.uploadNotFound(id);
  }
}

/** Refuses to resume from a file that is gone or no longer the one the job started with. */
export async function assertUploadUnchanged(filePath: string, sha256: string): Promise<void> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(filePath), hash);
  } catch {
    throw importErrors.uploadMissing();
  }
  if (hash.digest('hex') !== sha256) {
    throw importErrors.uploadChanged();
  }
}

const UPLOAD_FILE = /^[0-9a-f-]{36}\.upload$/;

/**
 * Deletes an upload and its description once its job has ended. Only files this module stored are
 * touched: the CLI imports a file in place, and that file belongs to its owner.
 */
export async function discardUpload(filePath: string): Promise<void> {
  if (!UPLOAD_FILE.test(path.basename(filePath))) return;
  await rm(filePath, { force: true });
  await rm(filePath.replace(/\.upload$/, '.json'), { force: true });
}
