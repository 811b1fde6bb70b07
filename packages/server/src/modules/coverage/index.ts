/** Coverage dashboards: `/api/v1/coverage` (live, from the counters) and `/api/v1/coverage/trend` (snapshots). */

export { coverageRoutes } from './coverage.routes';
export { coverageFor, figuresOnReference } from './coverage.service';
