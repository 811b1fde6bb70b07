import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program (plain JavaScript, run with `eval`, so the same in the TypeScript sources
 * and in the bundle): a connection of its own that checkpoints the WAL passively every `everyMs`. A
 * passive checkpoint copies what it can without waiting for or blocking the writer.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or interrupted: the next turn tries again; the writer's own autocheckpoint is the fallback.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/**
 * WAL checkpoints on a thread of their own. SQLite checkpoints in the committing connection once the WAL
 * passes `wal_autocheckpoint` pages: it copies the pages back into the database file and waits for two
 * fsyncs, and on the server's one connection that stalled the event loop about 40 ms each time, a dozen
 * times per 5,000 bookings (session 13: 0.35–0.5 s of a 6 s run, over the requests waiting meanwhile).
 * Checkpointed here every `everyMs`, the WAL rarely reaches that size and the stall goes to this thread;
 * the connection's own autocheckpoint stays as the fallback (and does only what is left).
 */
export function startCheckpointer(file: string, everyMs = 200): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(PROGRAM, { eval: true, workerData: { file, driver, everyMs } });
  // A failed worker must not take the server down: the connection's autocheckpoint still runs.
  worker.on('error', () => {});
  worker.unref();
  return {
    // Referenced again while it stops: the process must not end before the thread has closed its connection.
    stop: () =>
      new Promise((resolve) => {
        worker.ref();
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
