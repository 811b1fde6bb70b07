import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoundaryTopology } from '../src/features/dashboard/boundaries.api';
import {
  CLASS_COLOURS,
  classLabel,
  classOf,
  colourOf,
  legendClasses,
  PERCENT_BREAKS,
} from '../src/features/dashboard/map-classes';
import { drawAreas, MAP_MAX_HEIGHT, MAP_WIDTH } from '../src/features/dashboard/map-geometry';

describe('coverage map classes', () => {
  it('puts each ratio in the class whose lower bound it reaches', () => {
    expect(classOf(0)).toBe(0);
    expect(classOf(0.8499)).toBe(0);
    expect(classOf(0.85)).toBe(1);
    expect(classOf(0.9419)).toBe(2);
    expect(classOf(0.95)).toBe(3);
    expect(classOf(0.98)).toBe(4);
    expect(classOf(1)).toBe(4);
  });

  it('classes the value as shown (two decimals of a percent), so "90,00%" is never coloured below 90 %', () => {
    expect(classOf(0.899996)).toBe(2);
    expect(classOf(0.89994)).toBe(1);
  });

  it('has no class for areas without figures: they are hatched, not coloured', () => {
    expect(classOf(null)).toBeNull();
    expect(classOf(Number.NaN)).toBeNull();
    expect(colourOf(null)).toBeUndefined();
    expect(colourOf(0.97)).toBe(CLASS_COLOURS[3]);
  });

  it('uses one colour per class, light to dark as more people are recorded', () => {
    expect(CLASS_COLOURS).toHaveLength(PERCENT_BREAKS.length + 1);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
      return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
    };
    const levels = CLASS_COLOURS.map(luminance);
    for (let i = 1; i < levels.length; i++) expect(levels[i]).toBeLessThan(levels[i - 1] ?? 0);
  });

  it('counts the areas of each legend class and those without data', () => {
    const { classes, noData } = legendClasses([0.5, 0.86, 0.87, 0.99, null, 1, null]);
    expect(classes.map((c) => c.count)).toEqual([1, 2, 0, 0, 2]);
    expect(noData).toBe(2);
    expect(classes[0]).toMatchObject({ from: null, to: 0.85, colour: CLASS_COLOURS[0] });
    expect(classes[4]).toMatchObject({ from: 0.98, to: null });
  });

  it('labels the classes in the reader’s number format', () => {
    const { classes } = legendClasses([]);
    expect(classes.map((c) => classLabel(c, 'id'))).toEqual(['< 85%', '85–90%', '90–95%', '95–98%', '≥ 98%']);
    expect(classLabel({ from: 0.925, to: 0.95 }, 'id')).toBe('92,5–95%');
    expect(classLabel({ from: 0.925, to: 0.95 }, 'en')).toBe('92.5–95%');
  });
});

const BOUNDARIES = path.resolve(import.meta.dirname, '../../server/assets/boundaries');

/** A shipped file as the API serves it: its one object renamed `areas` (the server also cuts it down). */
function asServed(file: string, keep: (code: string) => boolean): BoundaryTopology {
  const t = JSON.parse(readFileSync(path.join(BOUNDARIES, file), 'utf8'));
  const [object] = Object.values(t.objects) as { geometries: { properties: { code: string } }[] }[];
  const geometries = (object?.geometries ?? []).filter((g) => keep(g.properties.code));
  return { ...t, objects: { areas: { type: 'GeometryCollection', geometries } } };
}

/** Every x and y of an SVG path (d3 writes absolute M/L/Z commands). */
function coordinates(d: string): { xs: number[]; ys: number[] } {
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return { xs: numbers.filter((_, i) => i % 2 === 0), ys: numbers.filter((_, i) => i % 2 === 1) };
}

describe('coverage map drawing', () => {
  it('draws one path per area, inside the view box, Indonesia as a wide strip', () => {
    const drawing = drawAreas(asServed('provinces.topo.json', () => true));
    expect(drawing.areas).toHaveLength(38);
    expect(drawing.width).toBe(MAP_WIDTH);
    expect(drawing.height).toBeLessThan(MAP_WIDTH / 2);
    for (const area of drawing.areas) {
      const { xs, ys } = coordinates(area.d);
      expect(Math.min(...xs), area.code).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs), area.code).toBeLessThanOrEqual(drawing.width);
      expect(Math.min(...ys), area.code).toBeGreaterThanOrEqual(0);
      expect(Math.max(...ys), area.code).toBeLessThanOrEqual(drawing.height);
    }
    expect(drawing.areas.find((a) => a.code === '18')?.name).toBe('Lampung');
  });

  it('fits a province to the width and a tall one within the height limit', () => {
    const lampung = drawAreas(asServed('regencies.topo.json', (c) => c.startsWith('18.')));
    expect(lampung.areas).toHaveLength(15);
    expect(lampung.height).toBeGreaterThan(MAP_WIDTH / 2);
    expect(lampung.height).toBeLessThanOrEqual(MAP_MAX_HEIGHT);
    const xs = lampung.areas.flatMap((a) => coordinates(a.d).xs);
    // The width is used: the region spans (nearly) the whole drawing from side to side.
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(MAP_WIDTH * 0.6);
  });

  it('draws nothing for an empty answer instead of failing', () => {
    const empty = asServed('provinces.topo.json', () => false);
    expect(drawAreas(empty).areas).toEqual([]);
  });
});
