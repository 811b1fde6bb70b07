import type { CoverageRow } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { type FieldListKind, fieldListHref, hasFieldLists } from '../field-lists/field-lists.api';
import { drillHref, isPlainClick } from './drill-link';

type SortKey = 'name' | 'gap' | 'percent';
type Direction = 'ascending' | 'descending';

interface CoverageTableProps {
  caption: string;
  rows: CoverageRow[];
  /** Open a child region; undefined at the lowest level (villages have no children). */
  onOpen?: ((code: string) => void) | undefined;
  /**
   * The reference date whose field lists the counts of district and village rows open (the residents
   * behind "belum rekam" and "PRR belum cetak"); undefined when the user may not see field lists.
   */
  fieldListDate?: string | undefined;
}

function compare(a: CoverageRow, b: CoverageRow, key: SortKey): number {
  if (key === 'name') return a.name.localeCompare(b.name, 'id');
  if (key === 'gap') return a.figures.notRecorded - b.figures.notRecorded;
  return (a.figures.percentRecorded ?? -1) - (b.figures.percentRecorded ?? -1);
}

/**
 * Child regions with their figures; click a row (or its name, a link that also opens in a new tab) to
 * drill down one level. On a phone the lesser columns (`cc-col-extra`) are hidden so the name, the
 * percentage, the gap and the must-hold figure fit without scrolling sideways.
 */
export function CoverageTable({ caption, rows, onOpen, fieldListDate }: CoverageTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({
    key: 'gap',
    direction: 'descending',
  });
  const sorted = [...rows].sort((a, b) => {
    const order = compare(a, b, sort.key);
    return sort.direction === 'ascending' ? order : -order;
  });
  const n = (value: number) => formatNumber(value, locale);

  const header = (key: SortKey, label: string, numeric: boolean) => {
    const active = sort.key === key;
    const next: Direction = active && sort.direction === 'descending' ? 'ascending' : 'descending';
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
        <button
          type="button"
          className="sort-button"
          onClick={() => setSort({ key, direction: key === 'name' && !active ? 'ascending' : next })}
        >
          {label}
          <span aria-hidden="true" className="sort-icon">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <TableWrap label={caption}>
      <table
        className={`table-compact coverage-table${onOpen ? ' table-rows-link' : ''}`}
        data-testid="coverage-table"
      >
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header('name', t('cc.col.region'), false)}
            {header('percent', t('cc.col.percent'), true)}
            {header('gap', t('cc.col.gap'), true)}
            <th scope="col" className="num">
              {t('cc.fig.mustHoldId')}
            </th>
            <th scope="col" className="num cc-col-extra">
              {t('cc.fig.recorded')}
            </th>
            <th scope="col" className="num cc-col-extra">
              {t('cc.fig.printReadyWaiting')}
            </th>
            <th scope="col" className="num cc-col-extra">
              {t('cc.fig.printed')}
            </th>
            <th scope="col" className="num cc-col-extra">
              {t('cc.fig.handedOver')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={row.code}
              data-code={row.code}
              onClick={(event) => {
                if (onOpen && isPlainClick(event)) onOpen(row.code);
              }}
            >
              <th scope="row">
                {onOpen ? (
                  <a
                    href={drillHref(params, row.code)}
                    onClick={(event) => {
                      // The row must not act too; a modified click is the browser's (a new tab).
                      event.stopPropagation();
                      if (!isPlainClick(event)) return;
                      event.preventDefault();
                      onOpen(row.code);
                    }}
                  >
                    {row.name}
                  </a>
                ) : (
                  row.name
                )}
                <span className="code cc-row-code">{row.code}</span>
              </th>
              <td className="num">
                {row.figures.percentRecorded === null
                  ? '–'
                  : formatPercent(row.figures.percentRecorded, locale)}
              </td>
              <td className="num">
                <CountLink
                  row={row}
                  kind="not_recorded"
                  date={fieldListDate}
                  label={t('cc.col.gap')}
                  text={n(row.figures.notRecorded)}
                />
              </td>
              <td className="num">{n(row.figures.mustHoldId)}</td>
              <td className="num cc-col-extra">{n(row.figures.recorded)}</td>
              <td className="num cc-col-extra">
                <CountLink
                  row={row}
                  kind="print_ready_waiting"
                  date={fieldListDate}
                  label={t('cc.fig.printReadyWaiting')}
                  text={n(row.figures.printReadyWaiting)}
                />
              </td>
              <td className="num cc-col-extra">{n(row.figures.printed)}</td>
              <td className="num cc-col-extra">{n(row.figures.handedOver)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * A count that opens the residents behind it (a new tab: the dashboard stays where it was). Only for
 * districts and villages, whose lists can be walked, and a count above zero.
 */
function CountLink(props: {
  row: CoverageRow;
  kind: FieldListKind;
  date: string | undefined;
  label: string;
  text: string;
}) {
  const t = useT();
  const { row, kind, date, label, text } = props;
  const count = kind === 'not_recorded' ? row.figures.notRecorded : row.figures.printReadyWaiting;
  if (!date || !hasFieldLists(row.code) || count === 0) return <>{text}</>;
  return (
    <a
      href={fieldListHref(row.code, kind, date)}
      target="_blank"
      rel="noopener"
      aria-label={`${text} — ${t('fieldList.open', { label, region: row.name })}`}
      onClick={(event) => event.stopPropagation()}
    >
      {text}
    </a>
  );
}
