import { useLocale, useT } from '../../lib/i18n';
import { classLabel, type LegendClass } from './map-classes';

export const NO_DATA_PATTERN_ID = 'coverage-map-no-data';

/** The hatch for areas without figures, shared by the map and its legend (one definition per page). */
export function NoDataPattern() {
  return (
    <pattern
      id={NO_DATA_PATTERN_ID}
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill="#ffffff" />
      <line x1="0" y1="0" x2="0" y2="6" stroke="#6b7280" strokeWidth="1.2" />
    </pattern>
  );
}

/** Colour key: one swatch per class with its range and how many areas fall in it, then the hatch for no data. */
export function MapLegend({ classes, noData }: { classes: LegendClass[]; noData: number }) {
  const t = useT();
  const { locale } = useLocale();
  const swatch = (fill: string) => (
    <svg className="map-swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="15" height="15" fill={fill} stroke="#6b7280" />
    </svg>
  );
  return (
    <div className="map-legend">
      <p className="map-legend-title" id="coverage-map-legend">
        {t('cc.map.legend')}
      </p>
      <ul aria-labelledby="coverage-map-legend" data-testid="coverage-map-legend">
        {classes.map((c) => (
          <li key={c.index}>
            {swatch(c.colour)}
            <span>{classLabel(c, locale)}</span>
            <span className="muted">({t('cc.map.count', { count: c.count })})</span>
          </li>
        ))}
        <li>
          {swatch(`url(#${NO_DATA_PATTERN_ID})`)}
          <span>{t('cc.map.noData')}</span>
          <span className="muted">({t('cc.map.count', { count: noData })})</span>
        </li>
      </ul>
    </div>
  );
}
