import type { Forecast, TrendPoint } from '@sigap/contracts';
import { formatDateShort, formatNumber } from '@sigap/domain';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import { useLocale, useT } from '../../lib/i18n';
import { TrendTable } from './TrendTable';
import { toTime, trendSeries } from './trend-series';

interface TrendChartProps {
  items: TrendPoint[];
  forecast: Forecast | undefined;
  target: number | undefined;
  referenceDate: string;
  /** The election's voting day (or another deadline): the axis always reaches it and marks it. */
  votingDay?: string | null | undefined;
}

/** Recorded and printed over time, with the forecast's dashed projection and its low–high band. */
export function TrendChart({ items, forecast, target, referenceDate, votingDay }: TrendChartProps) {
  const t = useT();
  const { locale } = useLocale();
  const { rows, band } = trendSeries(items, forecast, target);
  const dateOf = (time: number) => formatDateShort(new Date(time).toISOString().slice(0, 10), locale);
  // Full numbers up to a million ("13.089"); beyond, compact with enough digits to tell ticks apart.
  const axisNumber = (v: number) =>
    Math.abs(v) < 1_000_000
      ? formatNumber(Math.round(v), locale)
      : new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
          notation: 'compact',
          maximumFractionDigits: 2,
        }).format(v);
  // With only a few days of history a line has nothing to join: show each day as a dot.
  const dot = items.length < 8;
  const projecting = rows.some((r) => r.projection !== undefined);
  const first = items[0];
  const last = items[items.length - 1];
  const summary =
    first && last && items.length === 1
      ? t('cc.trend.single', {
          date: formatDateShort(first.date, locale),
          recorded: formatNumber(first.recorded, locale),
          printed: formatNumber(first.printed, locale),
        })
      : first && last
        ? t('cc.trend.summary', {
            from: formatDateShort(first.date, locale),
            to: formatDateShort(last.date, locale),
            recordedFrom: formatNumber(first.recorded, locale),
            recordedTo: formatNumber(last.recorded, locale),
            printed: formatNumber(last.printed, locale),
          })
        : t('cc.trend.empty');
  const refTime = toTime(referenceDate);
  const votingTime = votingDay ? toTime(votingDay) : undefined;
  const seeded = items.some((p) => p.trigger === 'backfill');
  const live = last?.trigger === 'live' ? last : undefined;
  const notes = [
    seeded ? t('cc.trend.backfillNote') : '',
    live ? t('cc.trend.liveNote', { date: formatDateShort(live.date, locale) }) : '',
  ].filter(Boolean);
  // The time axis always reaches voting day, however far ahead the projection stops.
  const axisMax = (dataMax: number) => (votingTime === undefined ? dataMax : Math.max(dataMax, votingTime));
  const axisMin = (dataMin: number) => (votingTime === undefined ? dataMin : Math.min(dataMin, votingTime));

  return (
    <ChartFigure
      id="trend"
      title={t('cc.trend.title')}
      summary={notes.length > 0 ? `${summary} ${notes.join(' ')}` : summary}
      table={<TrendTable items={items} />}
    >
      <ResponsiveContainer width="100%" height={280}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[axisMin, axisMax]}
            tickFormatter={dateOf}
            tick={{ fontSize: 11 }}
            minTickGap={24}
          />
          <YAxis tickFormatter={axisNumber} tick={{ fontSize: 11 }} width={64} domain={['auto', 'auto']} />
          <Tooltip
            labelFormatter={(v) => dateOf(Number(v))}
            formatter={(value) => formatNumber(Number(value), locale)}
          />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {band ? <ReferenceArea x1={band[0]} x2={band[1]} fill="#0d9488" fillOpacity={0.12} /> : null}
          {target !== undefined ? (
            <ReferenceLine
              y={target}
              stroke="#92400e"
              strokeDasharray="2 4"
              label={{
                value: t('cc.trend.target'),
                position: 'insideTopLeft',
                fontSize: 11,
                fill: '#92400e',
              }}
            />
          ) : null}
          {votingTime !== undefined ? (
            <ReferenceLine
              x={votingTime}
              stroke="#7c3aed"
              strokeWidth={2}
              label={{
                value: t('cc.trend.votingDay'),
                position: 'insideTopRight',
                fontSize: 11,
                fill: '#7c3aed',
              }}
            />
          ) : null}
          {refTime !== votingTime &&
          refTime >= (rows[0]?.t ?? 0) &&
          refTime <= (rows[rows.length - 1]?.t ?? 0) ? (
            <ReferenceLine
              x={refTime}
              stroke="#b91c1c"
              strokeDasharray="4 4"
              label={{
                value: t('cc.trend.reference'),
                position: 'insideTopRight',
                fontSize: 11,
                fill: '#b91c1c',
              }}
            />
          ) : null}
          <Line
            dataKey="recorded"
            name={t('cc.fig.recorded')}
            stroke="#1560ad"
            dot={dot}
            strokeWidth={2}
            isAnimationActive={false}
          />
          {seeded ? (
            <Line
              dataKey="seeded"
              name={t('cc.trend.backfill')}
              stroke="#9ca3af"
              strokeDasharray="3 3"
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ) : null}
          <Line
            dataKey="printed"
            name={t('cc.fig.printed')}
            stroke="#0f766e"
            dot={dot}
            strokeWidth={2}
            isAnimationActive={false}
          />
          {projecting ? (
            <Line
              dataKey="projection"
              name={t('cc.trend.projection')}
              stroke="#1560ad"
              strokeDasharray="6 4"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ) : null}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
