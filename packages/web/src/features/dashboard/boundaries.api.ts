import type { GeometryCollection, Topology } from 'topojson-specification';

/** Properties of each area of GET /api/v1/boundaries/:code (server: modules/boundaries). */
export interface AreaProperties {
  code: string;
  name: string;
}

/** The child areas of a region as TopoJSON: one object, `areas`, keyed by Kemendagri code. */
export type BoundaryTopology = Topology<{ areas: GeometryCollection<AreaProperties> }>;

export function boundariesPath(code: string): string {
  return `/v1/boundaries/${encodeURIComponent(code)}`;
}

/** Levels whose children Sigap has boundaries for: villages have none, so a district has no map. */
export function hasChildMap(level: string | undefined): boolean {
  return level === 'country' || level === 'province' || level === 'regency';
}
