import type { CoverageRow } from '@sigap/contracts';
import { formatNumber, formatPercent, isWithinScope, regionLevel } from '@sigap/domain';
import { type MouseEvent, useDeferredValue, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { isUnavailable } from '../../lib/unavailable';
import { useApiGet } from '../../lib/use-api-query';
import { type BoundaryTopology, boundariesPath, hasChildMap } from './boundaries.api';
import { MapLegend, NO_DATA_PATTERN_ID, NoDataPattern } from './MapLegend';
import { colourOf, legendClasses } from './map-classes';
import { drawAreas } from './map-geometry';
import './coverage-map.css';

interface CoverageMapProps {
  /** The region shown; the map draws its children. */
  region: string;
  /** The coverage table's rows: the map colours exactly the figures the table shows, never its own. */
  rows: CoverageRow[];
  childLevel: string;
  /** The table's drill-down (every mapped level has children below it: districts have villages). */
  onOpen: (code: string) => void;
}

/**
 * The children of a region as a choropleth of % recorded, drawn as SVG from the boundaries Sigap serves
 * (no tile server, so it works on an office LAN without internet). Each area is a link (click, or Tab and
 * Enter) that drills down like a table row; its name and figures are its label and hover title.
 */
export function CoverageMap({ region, rows, childLevel, onOpen }: CoverageMapProps) {
  const t = useT();
  const { locale } = useLocale();
  const [active, setActive] = useState<string | null>(null);
  const [params] = useSearchParams();
  const shown = hasChildMap(regionLevel(region));
  // Boundaries are reference data: kept like region names (the server adds a day of HTTP caching).
  const boundaries = useApiGet<BoundaryTopology>(queryKeys.regions, shown ? boundariesPath(region) : null, {
    staleTime: staleTimes.reference,
  });
  // While the coverage of the next region loads, the rows are still the previous region's: wait for both.
  const rowsMatch = rows.every((r) => isWithinScope(region, r.code));
  // Projecting hundreds of kilobytes of coordinates is the heaviest step of the page: deferred, so the
  // figures and the table paint first and the map follows.
  const topology = useDeferredValue(boundaries.data);
  const decoded = useMemo(() => (topology ? drawAreas(topology) : undefined), [topology]);
  const drawing = rowsMatch ? decoded : undefined;
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  if (!shown || (boundaries.error && isUnavailable(boundaries.error))) return null;

  const describe = (code: string, name: string): string => {
    const figures = byCode.get(code)?.figures;
    if (!figures || figures.percentRecorded === null) return t('cc.map.areaNoData', { name });
    return t('cc.map.area', {
      name,
      percent: formatPercent(figures.percentRecorded, locale),
      gap: formatNumber(figures.notRecorded, locale),
    });
  };
  const ratios = drawing?.areas.map((a) => byCode.get(a.code)?.figures.percentRecorded ?? null) ?? [];
  const legend = legendClasses(ratios);
  const drawn = new Set(drawing?.areas.map((a) => a.code));
  const missing = drawing ? rows.filter((r) => !drawn.has(r.code)) : [];
  const activeArea = drawing?.areas.find((a) => a.code === active);
  // A link like the table's rows: a plain click drills down in place, a middle or Ctrl-click opens a new tab.
  const hrefFor = (code: string) => {
    const query = new URLSearchParams(params);
    query.set('wilayah', code);
    return `?${query.toString()}`;
  };
  const open = (event: MouseEvent, code: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(code);
  };

  return (
    <section className="panel coverage-map" aria-labelledby="coverage-map-title" data-testid="coverage-map">
      <h2 id="coverage-map-title">{t('cc.map.title', { level: childLevel })}</h2>
      <p className="muted" id="coverage-map-hint">
        {t('cc.map.hint')}
      </p>
      {!drawing && !boundaries.error ? <Loading /> : null}
      {boundaries.error ? <ErrorAlert error={boundaries.error} onRetry={boundaries.reload} /> : null}
      {drawing ? (
        <div className="coverage-map-body">
          <svg
            className="coverage-map-svg"
            viewBox={`0 0 ${drawing.width} ${drawing.height}`}
            data-region={region}
          >
            <title>{t('cc.map.title', { level: childLevel })}</title>
            <defs>
              <NoDataPattern />
            </defs>
            {drawing.areas.map((area) => {
              const label = describe(area.code, area.name);
              const fill = colourOf(byCode.get(area.code)?.figures.percentRecorded ?? null);
              return (
                <a
                  key={area.code}
                  href={hrefFor(area.code)}
                  className="map-link"
                  data-code={area.code}
                  aria-label={label}
                  onClick={(event) => open(event, area.code)}
                  onMouseEnter={() => setActive(area.code)}
                  onMouseLeave={() => setActive(null)}
                  onFocus={() => setActive(area.code)}
                  onBlur={() => setActive(null)}
                >
                  <title>{label}</title>
                  <path
                    d={area.d}
                    className="map-area"
                    fill={fill ?? `url(#${NO_DATA_PATTERN_ID})`}
                    data-class={fill ? undefined : 'no-data'}
                  />
                </a>
              );
            })}
            {activeArea ? (
              // Drawn last so the outline of the area under the pointer or focus is not hidden by its neighbours.
              <path d={activeArea.d} className="map-area-highlight" pointerEvents="none" />
            ) : null}
          </svg>
          <div className="coverage-map-side">
            <p className="map-readout" aria-hidden="true">
              {activeArea ? describe(activeArea.code, activeArea.name) : '\u00a0'}
            </p>
            <MapLegend classes={legend.classes} noData={legend.noData} />
            {missing.length > 0 ? (
              <p className="muted map-note">
                {t('cc.map.missing', { names: missing.map((r) => r.name).join(', ') })}
              </p>
            ) : null}
            <p className="muted map-note">{t('cc.map.source')}</p>
          </div>
        </div>
      ) : null}
    </section>
  );
}
