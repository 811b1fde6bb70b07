import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../errors';

export interface StoredUpload {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  path: string;
  userId: number | null;
  createdAt: string;
}

function uploadDir(dataDir: string): string {
  return path.join(dataDir, 'uploads');
}

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
  await mkdir(dir, { recursive: true });
  const id = randomUUID();
  const filePath = path.join(dir, `${id}.upload`);
  const hash = createHash('sha256');
  stream.on('data', (chunk: Buffer) => hash.update(chunk));
  await pipeline(stream, createWriteStream(filePath));
  const upload: StoredUpload = {
    id,
    fileName: path.basename(fileName),
    size: (await stat(filePath)).size,
    sha256: hash.digest('hex'),
    path: filePath,
    userId,
    createdAt: new Date().toISOString(),
  };
  await writeFile(path.join(dir, `${id}.json`), JSON.stringify(upload));
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
