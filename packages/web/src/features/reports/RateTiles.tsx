import type { ReportList } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { Cell, Pie, PieChart } from 'recharts';
import { useLocale, useT } from '../../lib/i18n';

function Donut({ part, whole, colour }: { part: number; whole: number; colour: string }) {
  const data = [
    { name: 'part', value: part },
    { name: 'rest', value: Math.max(0, whole - part) },
  ];
  return (
    <div className="donut" aria-hidden="true" inert>
      <PieChart width={64} height={64}>
        <Pie
          data={data}
          dataKey="value"
          innerRadius={20}
          outerRadius={30}
          startAngle={90}
          endAngle={-270}
          isAnimationActive={false}
          stroke="none"
        >
          <Cell fill={colour} />
          <Cell fill="#e5e7eb" />
        </Pie>
      </PieChart>
    </div>
  );
}

/** Reporting rate and on-time rate (DHIS2 definitions): the numbers in words, the donut only as a picture. */
export function RateTiles({ list }: { list: ReportList }) {
  const t = useT();
  const { locale } = useLocale();
  const rate = (r: number | null) => (r === null ? '–' : formatPercent(r, locale, 1));
  const tiles = [
    {
      key: 'reporting',
      label: t('reports.reportingRate'),
      part: list.reported,
      value: rate(list.reportingRate),
      colour: '#1560ad',
    },
    {
      key: 'ontime',
      label: t('reports.onTimeRate', { hour: `${String(list.cutoffHour).padStart(2, '0')}.00` }),
      part: list.onTimeCount,
      value: rate(list.onTimeRate),
      colour: '#0f766e',
    },
  ];
  return (
    <dl className="stat-grid rate-tiles">
      {tiles.map((tile) => (
        <div key={tile.key} className="stat rate-tile" data-testid={`rate-${tile.key}`}>
          <dt>{tile.label}</dt>
          <dd>
            <Donut part={tile.part} whole={list.expected} colour={tile.colour} />
            <span>
              <span className="rate-value">{tile.value}</span>
              <span className="rate-count">
                {t('reports.ofRegencies', {
                  n: formatNumber(tile.part, locale),
                  total: formatNumber(list.expected, locale),
                })}
              </span>
            </span>
          </dd>
        </div>
      ))}
      <div className="stat stat-rejected rate-tile">
        <dt>{t('reports.missingCount')}</dt>
        <dd>
          <span className="rate-value">{formatNumber(list.missing.length, locale)}</span>
        </dd>
      </div>
    </dl>
  );
}
