import type { mapId } from './messages-map';

/** English strings of the coverage map; same keys as `mapId`. */
export const mapEn: Record<keyof typeof mapId, string> = {
  'cc.map.title': 'Coverage map by {level}',
  'cc.map.hint':
    'Colour shows the % of people required to hold an e-KTP who are recorded. Choose an area on the map (click, or Tab then Enter) to drill down.',
  'cc.map.area': '{name}: {percent} recorded, {gap} not recorded',
  'cc.map.areaNoData': '{name}: no data',
  'cc.map.legend': 'Colour key: % recorded',
  'cc.map.noData': 'No data',
  'cc.map.count': '{count} areas',
  'cc.map.unavailable': 'Boundary maps are not available on this server yet.',
  'cc.map.missing': 'Not on the map (no boundary): {names}',
  'cc.map.source': 'Boundaries: cahyadsn/wilayah_boundaries (MIT), Kepmendagri codes.',
};
