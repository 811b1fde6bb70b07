import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '../../private-files';

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

export const uploadIncomplete = () =>
  new AppError(
    'upload_incomplete',
    400,
    'Unggahan terputus atau rusak; kirim ulang berkasnya.',
    'The upload was cut off or is malformed; send the file again.',
  );

const notFound = (id: string) =>
  new AppError('upload_not_found', 404, `Berkas unggahan ${id} tidak ditemukan.`, `Upload ${id} not found.`);

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
    throw Object.assign(uploadIncomplete(), { cause: err });
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
  if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound(id);
  try {
    return JSON.parse(await readFile(path.join(uploadDir(dataDir), `${id}.json`), 'utf8')) as StoredUpload;
  } catch {
    throw notFound(id);
  }
}

/** Refuses to resume from a file that is gone or no longer the one the job started with. */
export async function assertUploadUnchanged(filePath: string, sha256: string): Promise<void> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(filePath), hash);
  } catch {
    throw new AppError(
      'import_upload_missing',
      422,
      'Berkas unggahan impor ini sudah tidak ada; unggah ulang berkasnya.',
      'The uploaded file of this import is gone; upload the file again.',
    );
  }
  if (hash.digest('hex') !== sha256) {
    throw new AppError(
      'import_upload_changed',
      422,
      'Berkas unggahan impor ini berubah sejak impor dimulai; unggah ulang berkasnya.',
      'The uploaded file of this import changed after the import started; upload the file again.',
    );
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
