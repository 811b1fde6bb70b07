import { newIdempotencyKey } from '../idempotency-key';
import {
  backoffMs,
  isDue,
  isTransient,
  type NewOutboxItem,
  type OutboxError,
  type OutboxItem,
  SEND_TIMEOUT_MS,
} from './outbox-item';
import type { OutboxStore } from './outbox-store';

/** Delivers one item; rejects with something carrying `status` and `error` (the app's ApiError does). */
export type Transport = (item: OutboxItem, signal: AbortSignal) => Promise<unknown>;

/** Runs `work` only if no other tab is flushing the same queue (Web Locks); tests pass a plain runner. */
export type QueueLock = (name: string, work: () => Promise<void>) => Promise<void>;

export interface OutboxOptions {
  store: OutboxStore;
  transport: Transport;
  lock?: QueueLock;
  now?: () => Date;
  newId?: () => string;
  timeoutMs?: number;
}

const SYNCED_KEPT_MS = 7 * 24 * 3600_000;

function failureOf(cause: unknown): OutboxError {
  const c = (cause ?? {}) as Partial<OutboxError> & { messageEn?: string; name?: string };
  if (c.name === 'AbortError') {
    return {
      error: 'timeout',
      status: 0,
      message: 'Server tidak menjawab.',
      messageEn: 'No answer from the server.',
    };
  }
  const message = typeof c.message === 'string' ? c.message : 'Gagal mengirim.';
  return {
    error: typeof c.error === 'string' ? c.error : 'network_error',
    status: typeof c.status === 'number' ? c.status : 0,
    message,
    messageEn: typeof c.messageEn === 'string' ? c.messageEn : message,
  };
}

/**
 * The device's queue of promised writes for one purpose (a visit, a cemetery). Items go out one at a time in
 * the order they were made; a refused item waits for a person without holding up the others; a network
 * failure stops the round (everything behind it would fail too) and backs off.
 */
export class Outbox {
  private readonly listeners = new Set<() => void>();
  private flushing: Promise<void> | undefined;

  constructor(
    readonly queue: string,
    private readonly options: OutboxOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  items(): Promise<OutboxItem[]> {
    return this.options.store.list(this.queue);
  }

  /** Stores the write on the device; resolves once it is durable (the person may close the tab after). */
  async enqueue(input: NewOutboxItem): Promise<OutboxItem> {
    const at = this.now().toISOString();
    const item: OutboxItem = {
      id: input.id ?? this.options.newId?.() ?? newIdempotencyKey(),
      queue: this.queue,
      method: input.method,
      url: input.url,
      body: input.body,
      label: input.label,
      state: 'waiting',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
    };
    await this.options.store.put(item);
    this.changed();
    return item;
  }

  private async save(item: OutboxItem, patch: Partial<OutboxItem>): Promise<OutboxItem> {
    const next = { ...item, ...patch, updatedAt: this.now().toISOString() };
    await this.options.store.put(next);
    this.changed();
    return next;
  }

  /** Sends every due item once; concurrent calls share one round. */
  flush(): Promise<void> {
    if (!this.flushing) {
      const lock = this.options.lock ?? ((_name, work) => work());
      this.flushing = lock(`sigap-outbox:${this.queue}`, () => this.round()).finally(() => {
        this.flushing = undefined;
      });
    }
    return this.flushing;
  }

  private async round(): Promise<void> {
    for (const listed of await this.items()) {
      if (listed.state === 'synced' || listed.state === 'attention') continue;
      // Order is kept: while an earlier item backs off, later ones wait behind it (an edit never overtakes
      // the entry it edits). Inside the lock nobody else sends this queue, so a `sending` item is a dead
      // page's and is tried again.
      if (listed.state === 'waiting' && !isDue(listed, this.now())) break;
      const outcome = await this.sendOne(listed);
      if (outcome === 'stop') break;
    }
    await this.pruneSynced();
  }

  private async sendOne(listed: OutboxItem): Promise<'next' | 'stop'> {
    const item = await this.save(listed, {
      state: 'sending',
      sendingSince: this.now().toISOString(),
      attempts: listed.attempts + 1,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? SEND_TIMEOUT_MS);
    try {
      const result = await this.options.transport(item, controller.signal);
      await this.save(item, { state: 'synced', result, sendingSince: undefined, lastError: undefined });
      return 'next';
    } catch (cause) {
      const failure = failureOf(cause);
      if (failure.status === 401 || isTransient(failure.status, failure.error)) {
        // Not the item's fault: keep it waiting, show why, try again later.
        const nextAttemptAt = new Date(this.now().getTime() + backoffMs(item.attempts)).toISOString();
        await this.save(item, {
          state: 'waiting',
          sendingSince: undefined,
          lastError: failure,
          nextAttemptAt,
        });
        return failure.status === 0 || failure.status === 401 ? 'stop' : 'next';
      }
      await this.save(item, { state: 'attention', sendingSince: undefined, lastError: failure });
      return 'next';
    } finally {
      clearTimeout(timer);
    }
  }

  /** A person asks to try again now (after fixing what the server refused, or to skip the backoff). */
  async retry(id: string): Promise<void> {
    const item = await this.options.store.get(id);
    if (!item || item.state === 'synced' || item.state === 'sending') return;
    await this.save(item, { state: 'waiting', nextAttemptAt: undefined });
    await this.flush();
  }

  /** Only an item the server refused may be thrown away, and only by a person. */
  async discard(id: string): Promise<boolean> {
    const item = await this.options.store.get(id);
    if (item?.state !== 'attention') return false;
    await this.options.store.remove(id);
    this.changed();
    return true;
  }

  private async pruneSynced(): Promise<void> {
    const cutoff = this.now().getTime() - SYNCED_KEPT_MS;
    for (const item of await this.items()) {
      if (item.state === 'synced' && Date.parse(item.updatedAt) < cutoff)
        await this.options.store.remove(item.id);
    }
  }
}
