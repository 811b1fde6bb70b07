import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoundaryTopology } from '../../src/modules/boundaries';
import { type SourceTopology, subsetTopology } from '../../src/modules/boundaries/topology-subset';
import { BOUNDARY_DATA_DIR } from '../../src/server-paths';

type Transform = NonNullable<BoundaryTopology['transform']>;

/** Absolute coordinates of one arc (quantized arcs are deltas after their first point), reversed for ~i. */
function arcPoints(arcs: number[][][], index: number, t: Transform): number[][] {
  const arc = arcs[index < 0 ? ~index : index] ?? [];
  let x = 0;
  let y = 0;
  const points = arc.map(([dx = 0, dy = 0]) => {
    x += dx;
    y += dy;
    return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
  });
  return index < 0 ? points.reverse() : points;
}

/** The coordinates of each ring of one polygon (a ring is a list of arc indices). */
function ringsOf(topology: { arcs: number[][][] }, polygon: number[][], t: Transform): number[][][] {
  return polygon.map((ring) => ring.flatMap((i) => arcPoints(topology.arcs, i, t)));
}

const source = JSON.parse(
  readFileSync(path.join(BOUNDARY_DATA_DIR, 'regencies.topo.json'), 'utf8'),
) as SourceTopology;

describe('subsetTopology', () => {
  it('keeps every ring of the chosen areas point for point, with renumbered arcs', () => {
    const chosen = new Map([
      ['18.71', 'Kota Bandar Lampung'],
      ['18.01', 'Kabupaten Lampung Selatan'],
    ]);
    const subset = subsetTopology(source, (code) => chosen.get(code));
    const transform = source.transform;
    if (!transform) throw new Error('the shipped files are quantized');
    expect(subset.objects.areas.geometries.map((g) => g.id)).toEqual(['18.01', '18.71']);
    const original = source.objects.regencies?.geometries ?? [];
    for (const g of subset.objects.areas.geometries) {
      const before = original.find((o) => o.properties?.code === g.id);
      if (!before?.arcs) throw new Error(`missing ${g.id}`);
      const polygons = (a: number[][] | number[][][], type: string) =>
        type === 'Polygon' ? [a as number[][]] : (a as number[][][]);
      const was = polygons(before.arcs, before.type).map((p) => ringsOf(source, p, transform));
      const now = polygons(g.arcs, g.type).map((p) => ringsOf(subset, p, transform));
      expect(now).toEqual(was);
      expect(g.properties.name).toBe(chosen.get(g.id));
    }
    expect(subset.arcs.length).toBeLessThan(source.arcs.length / 50);
  });

  it('walks a shared arc backwards where the source does (negative indices stay negative)', () => {
    const tiny: SourceTopology = {
      type: 'Topology',
      arcs: [[[0, 0]], [[1, 1]], [[2, 2]]],
      objects: {
        x: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: 'a', properties: { code: 'a' }, arcs: [[2, ~0]] },
            { type: 'Polygon', id: 'b', properties: { code: 'b' }, arcs: [[1]] },
          ],
        },
      },
    };
    const subset = subsetTopology(tiny, (code) => (code === 'a' ? 'A' : undefined));
    expect(subset.arcs).toEqual([[[2, 2]], [[0, 0]]]);
    expect(subset.objects.areas.geometries).toEqual([
      { type: 'Polygon', id: 'a', properties: { code: 'a', name: 'A' }, arcs: [[0, ~1]] },
    ]);
    expect(subset.transform).toBeUndefined();
  });
});
