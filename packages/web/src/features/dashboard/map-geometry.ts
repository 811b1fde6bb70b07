import { geoMercator, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { AreaProperties, BoundaryTopology } from './boundaries.api';

/** One area ready to draw: its SVG path in the drawing's own units. */
export interface MapArea {
  code: string;
  name: string;
  d: string;
}

export interface MapDrawing {
  width: number;
  height: number;
  areas: MapArea[];
}

/** The drawing's width in viewBox units; the SVG itself scales to its container (a phone or a desktop). */
export const MAP_WIDTH = 600;
/** Tall regions (a regency on a narrow island) are fitted into this height instead of growing the page. */
export const MAP_MAX_HEIGHT = 480;
const MIN_HEIGHT = 120;
const PADDING = 4;

/**
 * Decodes the topology and projects it (Web Mercator, as people know Indonesia from any map) to fill the
 * width; the height follows the region's shape within [MIN_HEIGHT, MAP_MAX_HEIGHT], so Indonesia is a wide
 * strip and Lampung nearly square. Paths are rounded to 0.1 unit: invisible on screen, half the DOM text.
 */
export function drawAreas(topology: BoundaryTopology): MapDrawing {
  const collection = feature(topology, topology.objects.areas);
  if (collection.features.length === 0) return { width: MAP_WIDTH, height: MIN_HEIGHT, areas: [] };
  const inner = MAP_WIDTH - 2 * PADDING;
  const projection = geoMercator().fitWidth(inner, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const natural = bottom - top + 2 * PADDING;
  const height = Math.round(Math.min(MAP_MAX_HEIGHT, Math.max(MIN_HEIGHT, natural)));
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const areas = collection.features.map((f) => {
    const props = f.properties as AreaProperties;
    return { code: props.code, name: props.name, d: path(f) ?? '' };
  });
  return { width: MAP_WIDTH, height, areas: areas.filter((a) => a.d !== '') };
}
