/**
 * One write a device has promised to deliver. Field teams and cemetery managers work where the signal comes
 * and goes; an item is stored on the device before the person is told "saved", and its `id` is both the
 * client transaction id and the Idempotency-Key, so a write the server already applied is replayed, never
 * applied twice.
 *
 * The life of an item is visible to the person, never a silent "sending" forever (the complaint most heard
 * about offline outboxes):
 *   waiting   → stored, not yet accepted (with the last failure, if a try failed on the network)
 *   sending   → a request is in flight now; it ends within SEND_TIMEOUT_MS either way
 *   synced    → the server answered 2xx (its answer is kept in `result`)
 *   attention → the server refused it (4xx with its stable error id); it needs a person: retry or discard
 */
export type OutboxState = 'waiting' | 'sending' | 'synced' | 'attention';

export type OutboxMethod = 'POST' | 'PUT' | 'PATCH';

export interface OutboxError {
  /** The server's stable error id, or `network_error` / `timeout` / `server_error`. */
  error: string;
  message: string;
  messageEn: string;
  status: number;
}

export interface OutboxItem {
  id: string;
  queue: string;
  method: OutboxMethod;
  /** API path below `/api`, e.g. `/v1/outreach/visits/12/actions`. */
  url: string;
  body: unknown;
  /** What the person sees in the list ("Rekam: Siti Aminah"). */
  label: string;
  state: OutboxState;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  /** When the current request started; a `sending` older than the timeout is a dead tab's and is retried. */
  sendingSince?: string;
  /** Earliest time of the next automatic try after a network failure (backoff). */
  nextAttemptAt?: string;
  /** The last failure: the reason of an `attention` item, or the last network failure of a `waiting` one. */
  lastError?: OutboxError;
  /** The server's answer once synced (e.g. "already recorded at the office"). */
  result?: unknown;
}

export interface NewOutboxItem {
  method: OutboxMethod;
  url: string;
  body: unknown;
  label: string;
  /** Give one when the caller already made the client id (e.g. put into the body as `clientId`). */
  id?: string;
}

export const SEND_TIMEOUT_MS = 30_000;
const MAX_BACKOFF_MS = 60_000;

/** Exponential backoff after the n-th failed try: 2 s, 4 s, 8 s … at most a minute. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(1, attempts));
}

/** Whether an item should be tried now: waiting and past its backoff, or stuck in `sending` past the timeout. */
export function isDue(item: OutboxItem, now: Date): boolean {
  if (item.state === 'waiting') return !item.nextAttemptAt || Date.parse(item.nextAttemptAt) <= now.getTime();
  if (item.state === 'sending') {
    return !item.sendingSince || now.getTime() - Date.parse(item.sendingSince) > SEND_TIMEOUT_MS;
  }
  return false;
}

/**
 * Which failures are worth trying again by themselves: no answer, a timeout, the server busy or down, or
 * the same key still being processed from an earlier try. Anything else is the server saying no.
 */
export function isTransient(status: number, error: string): boolean {
  if (status === 0 || status === 408 || status === 429 || status >= 500) return true;
  return error === 'idempotency_in_progress';
}
