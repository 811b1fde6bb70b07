/**
 * The queue at the office (issue 12): walk-in tickets and check-in at the entrance, the counter's calls
 * and outcomes (through the resident write path), per-point rules and the day's overview.
 */
export { seedDemoQueue } from './demo-queue';
export { queueRoutes } from './queue.routes';
