/**
 * Sigap's data (the SQLite database, uploaded extracts) is personal data under UU 27/2022: no other local
 * account may read it. Folders are made 0700 and files 0600 explicitly here, whatever the umask, and the
 * server and CLI also set umask 077 so that anything else they write is private too.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Creates the folder (and its parents) if need be, and makes it private. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Creates the file empty if it does not exist, and makes it private. */
export function ensurePrivateFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Makes files that exist private (e.g. the -wal and -shm files SQLite creates beside its database). */
export function makePrivateIfPresent(files: readonly string[]): void {
  for (const file of files) if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/** For the entry points: everything the process creates afterwards is owner-only. */
export function restrictUmask(): void {
  process.umask(0o077);
}
