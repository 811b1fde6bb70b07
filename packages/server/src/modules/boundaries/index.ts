/** Region boundaries for the coverage map: TopoJSON shipped with Sigap, cut to the children of a region. */

export { boundariesRoutes } from './boundaries.routes';
export type { BoundaryTopology } from './boundaries.schema';
