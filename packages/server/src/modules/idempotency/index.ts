/** Retry-safe writes: `Idempotency-Key` on any POST/PUT/PATCH/DELETE (see idempotency.hooks.ts). */
export { IDEMPOTENCY_HEADER, REPLAYED_HEADER, registerIdempotency } from './idempotency.hooks';
export {
  answerInWrite,
  claimInWrite,
  sendWritten,
  type WriteClaim,
  writeClaimOf,
} from './idempotency-in-write';
