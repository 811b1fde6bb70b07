import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';
import { TableWrap } from './TableWrap';

interface ChartFigureProps {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows: read by screen readers in place of the drawing. */
  summary: string;
  /** The same numbers as a table, behind a disclosure, for anyone who cannot read the drawing. */
  table: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A chart with a caption, a text summary and its data as a table: the drawing alone is never the only way in. */
export function ChartFigure({ id, title, summary, table, children, className }: ChartFigureProps) {
  const t = useT();
  return (
    <figure
      className={`panel chart-figure${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      <div
        className="chart-area"
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-summary`}
      >
        {children}
      </div>
      <details className="chart-data">
        <summary>{t('chart.showTable')}</summary>
        <TableWrap label={title}>{table}</TableWrap>
      </details>
    </figure>
  );
}
