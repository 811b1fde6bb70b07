import type { CoverageRow } from '@sigap/contracts';
import { formatPercent } from '@sigap/domain';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import { useLocale, useT } from '../../lib/i18n';

/** Short names keep the axis readable on a phone: "Kabupaten Lampung Selatan" → "Lampung Selatan". */
function shortName(name: string): string {
  return name.replace(/^(Kabupaten|Kab\.|Kota Administrasi)\s+/i, '');
}

/** Child regions ranked by percent recorded, lowest last, so the laggards stand out at the bottom. */
export function RankingChart({ rows, levelName }: { rows: CoverageRow[]; levelName: string }) {
  const t = useT();
  const { locale } = useLocale();
  const ranked = rows
    .filter((r) => r.figures.percentRecorded !== null)
    .sort((a, b) => (b.figures.percentRecorded ?? 0) - (a.figures.percentRecorded ?? 0));
  if (ranked.length === 0) return null;
  const data = ranked.map((r) => ({
    name: shortName(r.name),
    percent: Math.round((r.figures.percentRecorded ?? 0) * 10000) / 100,
    label: formatPercent(r.figures.percentRecorded ?? 0, locale),
  }));
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  const summary =
    top && bottom
      ? t('cc.ranking.summary', {
          level: levelName,
          top: top.name,
          topPercent: formatPercent(top.figures.percentRecorded ?? 0, locale),
          bottom: bottom.name,
          bottomPercent: formatPercent(bottom.figures.percentRecorded ?? 0, locale),
        })
      : '';

  return (
    <ChartFigure
      id="ranking"
      title={t('cc.ranking.title', { level: levelName })}
      summary={summary}
      table={
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('cc.ranking.rank')}</th>
              <th scope="col">{t('cc.col.region')}</th>
              <th scope="col" className="num">
                {t('cc.col.percent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r, index) => (
              <tr key={r.code}>
                <td>{index + 1}</td>
                <th scope="row">{r.name}</th>
                <td className="num">{formatPercent(r.figures.percentRecorded ?? 0, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 26 + 40)}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} stroke="#e5e7eb" />
          <XAxis
            type="number"
            // Bars start at zero: a bar cut at 80 % makes 85 % look like half of 90 %.
            domain={[0, 100]}
            tickFormatter={(v: number) => `${v}%`}
            tick={{ fontSize: 11 }}
          />
          <YAxis type="category" dataKey="name" width={118} tick={{ fontSize: 11 }} interval={0} />
          <Tooltip formatter={(_v, _n, item) => (item.payload as { label: string }).label} />
          <Bar dataKey="percent" fill="#1560ad" isAnimationActive={false} name={t('cc.col.percent')}>
            <LabelList dataKey="label" position="right" style={{ fontSize: 11, fill: '#111827' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
