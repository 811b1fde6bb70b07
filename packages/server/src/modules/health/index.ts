/** `/api/health`: liveness with a real database round trip. */

export { healthRoutes } from './health.routes';
