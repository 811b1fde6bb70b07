/**
 * The device's outbox for pages that must work without a connection (the field page of an outreach visit,
 * the cemetery manager's burial entry): writes stored in IndexedDB before the person is told "saved", sent
 * in order with the item id as Idempotency-Key, each with a visible state. See outbox-item.ts for the states.
 */
export { forgetOffline, loadOffline, type Saved, saveOffline } from './offline-cache';
export { OFFLINE_DAYS, rememberedSession } from './offline-session';
export { registerOfflineShell } from './offline-shell';
export { Outbox, type OutboxOptions, type QueueLock, type Transport } from './outbox';
export type { NewOutboxItem, OutboxError, OutboxItem, OutboxMethod, OutboxState } from './outbox-item';
export { memoryStore, type OutboxStore } from './outbox-store';
export { type OutboxView, outboxFor, useOutbox } from './use-outbox';
