import type { ServiceTimesRow, SkmIndex } from '@sigap/contracts';
import { formatNumber, SKM_ELEMENTS } from '@sigap/domain';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import { useLocale, useT } from '../../lib/i18n';

const value = (nrr: number | null) => (nrr === null ? null : Math.round(nrr * 2500) / 100);

/** Each element's value (its mean answer × 25, on the index's own 25–100 scale), so weak elements stand out. */
export function ElementChart({ total }: { total: SkmIndex }) {
  const t = useT();
  const { locale } = useLocale();
  const data = SKM_ELEMENTS.map((e, i) => ({
    code: e.code,
    name: e.name[locale],
    value: value(total.elements[i] ?? null),
    nrr: total.elements[i] ?? null,
  }));
  const ranked = data.filter((d) => d.value !== null).sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  const weakest = ranked[0];
  return (
    <ChartFigure
      id="skm-elements"
      title={t('skmReport.elements')}
      summary={
        weakest
          ? t('skmReport.elementsSummary', {
              name: weakest.name,
              value: formatNumber(weakest.value ?? 0, locale),
            })
          : t('skmReport.none')
      }
      table={
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('skmReport.element')}</th>
              <th scope="col" className="num">
                NRR
              </th>
              <th scope="col" className="num">
                {t('skmReport.value')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.code}>
                <th scope="row">
                  {d.code} {d.name}
                </th>
                <td className="num">
                  {d.nrr === null ? '–' : formatNumber(Math.round(d.nrr * 1000) / 1000, locale)}
                </td>
                <td className="num">{d.value === null ? '–' : formatNumber(d.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis type="category" dataKey="code" width={40} />
          <Tooltip
            formatter={(v) => formatNumber(Number(v), locale)}
            labelFormatter={(code) => data.find((d) => d.code === code)?.name ?? String(code)}
          />
          <Bar dataKey="value" name={t('skmReport.value')} fill="#1560ad" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Median and 90th percentile of waiting and of service per point, in minutes. */
export function TimesChart({ rows }: { rows: ServiceTimesRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const data = rows.map((r) => ({
    name: r.pointName.replace(' (demo)', ''),
    waitMedian: r.wait.median,
    waitP90: r.wait.p90,
    serviceMedian: r.serving.median,
    serviceP90: r.serving.p90,
  }));
  const slowest = [...rows].sort((a, b) => (b.wait.p90 ?? 0) - (a.wait.p90 ?? 0))[0];
  const minutes = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  return (
    <ChartFigure
      id="skm-times"
      title={t('skmReport.times')}
      summary={
        slowest
          ? t('skmReport.timesSummary', { name: slowest.pointName, p90: minutes(slowest.wait.p90) })
          : t('skmReport.noTimes')
      }
      table={<TimesTable rows={rows} />}
    >
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ left: 8, right: 16 }}>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis unit=" m" />
          <Tooltip formatter={(v) => `${formatNumber(Number(v), locale)} ${t('skmReport.min')}`} />
          <Legend />
          <Bar
            dataKey="waitMedian"
            name={t('skmReport.waitMedian')}
            fill="#1560ad"
            isAnimationActive={false}
          />
          <Bar dataKey="waitP90" name={t('skmReport.waitP90')} fill="#0b2f55" isAnimationActive={false} />
          <Bar
            dataKey="serviceMedian"
            name={t('skmReport.serviceMedian')}
            fill="#0d9488"
            isAnimationActive={false}
          />
          <Bar
            dataKey="serviceP90"
            name={t('skmReport.serviceP90')}
            fill="#0f766e"
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** One row per point, counter or service: counts, medians and 90th percentiles in minutes. */
export function TimesTable({ rows, by }: { rows: ServiceTimesRow[]; by?: 'counter' | 'service' }) {
  const t = useT();
  const { locale } = useLocale();
  const minutes = (v: number | null) => (v === null ? '–' : formatNumber(v, locale));
  return (
    <table className="table-compact">
      <thead>
        <tr>
          <th scope="col">{t('skmReport.point')}</th>
          {by ? <th scope="col">{t(by === 'counter' ? 'skmReport.counter' : 'skmReport.service')}</th> : null}
          <th scope="col" className="num">
            {t('skmReport.served')}
          </th>
          <th scope="col" className="num">
            {t('skmReport.waitMedian')}
          </th>
          <th scope="col" className="num">
            {t('skmReport.waitP90')}
          </th>
          <th scope="col" className="num">
            {t('skmReport.serviceMedian')}
          </th>
          <th scope="col" className="num">
            {t('skmReport.serviceP90')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.pointId}-${r.counter}-${r.service}`}>
            <th scope="row">{r.pointName}</th>
            {by === 'counter' ? <td>{r.counter ?? '–'}</td> : null}
            {by === 'service' ? <td>{r.service ? t(`servicePoints.service.${r.service}`) : '–'}</td> : null}
            <td className="num">{formatNumber(r.serving.count, locale)}</td>
            <td className="num">{minutes(r.wait.median)}</td>
            <td className="num">{minutes(r.wait.p90)}</td>
            <td className="num">{minutes(r.serving.median)}</td>
            <td className="num">{minutes(r.serving.p90)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
