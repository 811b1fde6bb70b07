/** Region boundaries for the coverage map: TopoJSON shipped with Sigap, cut to the children of a region. */

export type { BoundaryTopology } from '@sigap/contracts';
export { boundariesRoutes } from './boundaries.routes';
