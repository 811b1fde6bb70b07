/**
 * Sukets (issue 14): temporary certificates under each election's rules, Ed25519-signed QR tokens that
 * verify offline, public verification and status lists, and a life cycle driven by the resident write path.
 */
export { seedDemoSukets } from './demo-sukets';
export { suketBatchRoutes } from './suket-batch.routes';
export { SUKET_BATCH_JOB, suketBatchHandler } from './suket-batch.service';
export { rebuildSuketCounts } from './suket-counts.repository';
export { EMPTY_SUKET_COUNTS, type SuketCounts, suketCountsMany } from './suket-figures.repository';
export { registerSuketLifecycle } from './suket-lifecycle';
export { suketsRoutes } from './sukets.routes';
export { suketsPublicRoutes } from './sukets-public.routes';
