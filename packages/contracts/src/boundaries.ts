import { z } from 'zod';
import { RegionCode } from './common';

export const BoundaryParams = z.object({
  code: RegionCode.describe('The region whose child areas are wanted: ID, a province or a regency.'),
});

/** Indices into `arcs`; a negative index `~i` walks arc i backwards (TopoJSON). */
const Ring = z.array(z.number().int());

export const AreaGeometry = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('Polygon'),
    id: z.string(),
    properties: z.object({ code: z.string(), name: z.string() }),
    arcs: z.array(Ring),
  }),
  z.object({
    type: z.literal('MultiPolygon'),
    id: z.string(),
    properties: z.object({ code: z.string(), name: z.string() }),
    arcs: z.array(z.array(Ring)),
  }),
]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const QuantizeTransform = z.object({
  scale: z.tuple([z.number(), z.number()]),
  translate: z.tuple([z.number(), z.number()]),
});

/**
 * A TopoJSON topology with one object, `areas`: one geometry per child region that Sigap's region table
 * holds and the shipped boundaries draw, keyed by the dotted Kemendagri code (`id` and `properties.code`),
 * named as in the region table. Arcs are quantized and delta-encoded when `transform` is present.
 */
export const BoundaryTopology = z.object({
  type: z.literal('Topology'),
  transform: QuantizeTransform.optional(),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    areas: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(AreaGeometry) }),
  }),
});
export type BoundaryTopology = z.infer<typeof BoundaryTopology>;
