import type { AreaGeometry, BoundaryTopology } from '@sigap/contracts';

/** The parts of a shipped TopoJSON file this module reads (see assets/boundaries). */
export interface SourceGeometry {
  type: string;
  id?: string | number;
  properties?: { code?: string; name?: string } | null;
  arcs?: number[][] | number[][][];
}

export interface SourceTopology {
  type: 'Topology';
  transform?: BoundaryTopology['transform'];
  arcs: number[][][];
  objects: Record<string, { type: string; geometries?: SourceGeometry[] }>;
}

/**
 * The geometries whose code `nameOf` knows, with only the arcs they use, renumbered. A province's regencies
 * are cut out of the national regency file this way, so the browser receives tens of kilobytes, not all of
 * Indonesia. Each quantized arc starts at an absolute position (only the following ones are deltas), so an
 * arc can be moved to another topology with the same transform unchanged.
 */
export function subsetTopology(
  source: SourceTopology,
  nameOf: (code: string) => string | undefined,
): BoundaryTopology {
  const newIndex = new Map<number, number>();
  const arcs: number[][][] = [];
  const remap = (index: number): number => {
    const old = index < 0 ? ~index : index;
    let next = newIndex.get(old);
    if (next === undefined) {
      const arc = source.arcs[old];
      if (!arc) throw new Error(`boundary file refers to arc ${old}, which it does not hold`);
      next = arcs.length;
      newIndex.set(old, next);
      arcs.push(arc);
    }
    return index < 0 ? ~next : next;
  };

  const geometries: AreaGeometry[] = [];
  for (const object of Object.values(source.objects)) {
    for (const g of object.geometries ?? []) {
      const code = g.properties?.code ?? (g.id === undefined ? undefined : String(g.id));
      const name = code === undefined ? undefined : nameOf(code);
      if (code === undefined || name === undefined || !g.arcs) continue;
      const properties = { code, name };
      if (g.type === 'Polygon') {
        const rings = g.arcs as number[][];
        geometries.push({ type: 'Polygon', id: code, properties, arcs: rings.map((r) => r.map(remap)) });
      } else if (g.type === 'MultiPolygon') {
        const polygons = g.arcs as number[][][];
        const mapped = polygons.map((p) => p.map((r) => r.map(remap)));
        geometries.push({ type: 'MultiPolygon', id: code, properties, arcs: mapped });
      }
    }
  }
  geometries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    type: 'Topology',
    ...(source.transform ? { transform: source.transform } : {}),
    arcs,
    objects: { areas: { type: 'GeometryCollection', geometries } },
  };
}
