import type { CoverageFigures } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import { useLocale, useT } from '../../lib/i18n';

const COLOURS = ['#0b3d6e', '#1560ad', '#0d9488', '#0f766e', '#15803d'];

/** Wajib KTP → sudah rekam → PRR → cetak → diserahkan: where people drop out of the pipeline. */
export function FunnelChart({ figures }: { figures: CoverageFigures }) {
  const t = useT();
  const { locale } = useLocale();
  // PRR here is everything that reached print-ready: waiting for print plus already printed.
  const stages = [
    { name: t('cc.fig.mustHoldId'), value: figures.mustHoldId },
    { name: t('cc.fig.recorded'), value: figures.recorded },
    { name: t('cc.funnel.prr'), value: figures.printReadyWaiting + figures.printed },
    { name: t('cc.fig.printed'), value: figures.printed },
    { name: t('cc.fig.handedOver'), value: figures.handedOver },
  ];
  const share = (value: number) =>
    figures.mustHoldId > 0 ? formatPercent(value / figures.mustHoldId, locale, 1) : '–';
  const data = stages.map((s) => ({ ...s, label: `${formatNumber(s.value, locale)} (${share(s.value)})` }));
  const summary = t('cc.funnel.summary', {
    must: formatNumber(figures.mustHoldId, locale),
    recorded: formatNumber(figures.recorded, locale),
    printed: formatNumber(figures.printed, locale),
    handed: formatNumber(figures.handedOver, locale),
  });

  return (
    <ChartFigure
      id="funnel"
      title={t('cc.funnel.title')}
      summary={summary}
      table={
        <table className="table-compact">
          <thead>
            <tr>
              <th scope="col">{t('cc.funnel.stage')}</th>
              <th scope="col" className="num">
                {t('cc.funnel.count')}
              </th>
              <th scope="col" className="num">
                {t('cc.funnel.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stages.map((s) => (
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td className="num">{formatNumber(s.value, locale)}</td>
                <td className="num">{share(s.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 4 }}>
          <XAxis type="number" hide domain={[0, 'dataMax']} />
          <YAxis type="category" dataKey="name" width={112} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(value) => formatNumber(Number(value), locale)} />
          <Bar dataKey="value" isAnimationActive={false} name={t('cc.funnel.count')}>
            {data.map((entry, index) => (
              <Cell key={entry.name} fill={COLOURS[index] ?? COLOURS[0]} />
            ))}
            <LabelList dataKey="label" position="right" style={{ fontSize: 12, fill: '#111827' }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
