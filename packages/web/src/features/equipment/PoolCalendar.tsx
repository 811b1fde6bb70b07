import type { EquipmentList, Loan, LoanList, OperatorList } from '@sigap/contracts';
import { formatDateShort, officeToday } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { equipmentPath, loansPath, operatorsPath } from './equipment.api';
import { monthOf, shiftMonth } from './month';

interface Row {
  key: string;
  label: string;
  sub: string;
  holds: (loan: Loan) => boolean;
}

const live = (l: Loan) => l.state === 'reserved' || l.state === 'arrived';

/**
 * The province pool as a month grid: one row per pool item and operator, one column per day, a coloured
 * box where a live loan holds it, labelled with the borrowing regency's code (full name on hover and for
 * screen readers). Planners look for the gaps rather than read a list.
 */
export function PoolCalendar({ province }: { province: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [first, setFirst] = useState(() => monthOf(officeToday(province)).first);
  const { last, days } = monthOf(first);
  const items = useApiGet<EquipmentList>(queryKeys.equipment, equipmentPath(province));
  const operators = useApiGet<OperatorList>(queryKeys.equipment, operatorsPath(province));
  const loans = useApiGet<LoanList>(queryKeys.equipment, loansPath(province, first, last));
  const error = items.error ?? operators.error ?? loans.error;
  const rows: Row[] = [
    ...(items.data?.items ?? [])
      .filter((i) => i.regionCode === province)
      .map((i) => ({
        key: `item:${i.id}`,
        label: i.name,
        sub: `${i.tag} · ${t(`equipment.status.${i.status}`)}`,
        holds: (l: Loan) => l.items.some((x) => x.id === i.id),
      })),
    ...(operators.data?.items ?? []).map((o) => ({
      key: `operator:${o.id}`,
      label: o.name,
      sub: t('equipment.reserve.operators'),
      holds: (l: Loan) => l.operators.some((x) => x.id === o.id),
    })),
  ];
  const month = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${first}T00:00:00Z`));
  const liveLoans = (loans.data?.items ?? []).filter(live);
  const today = officeToday(province);
  // The code in a box is short for a phone; the key under the grid names each regency in it.
  const borrowers = [...new Map(liveLoans.map((l) => [l.toRegion, l.toRegionName]))].sort();

  return (
    <section className="card stack-tight" aria-labelledby="pool-calendar-title">
      <div className="pool-calendar-head">
        <h2 id="pool-calendar-title">{t('equipment.calendar.title')}</h2>
        <div className="form-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setFirst(shiftMonth(first, -1))}
          >
            ‹ <span className="visually-hidden">{t('equipment.calendar.prev')}</span>
          </button>
          <strong>{month}</strong>
          <button
            type="button"
            className="button button-small"
            onClick={() => setFirst(shiftMonth(first, 1))}
          >
            › <span className="visually-hidden">{t('equipment.calendar.next')}</span>
          </button>
        </div>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!items.data || !operators.data ? <Loading /> : null}
      {items.data && operators.data && rows.length === 0 ? (
        <p className="muted">{t('equipment.calendar.empty')}</p>
      ) : null}
      {rows.length > 0 ? (
        <div className="pool-calendar-wrap">
          <table className="pool-calendar">
            <caption className="visually-hidden">{t('equipment.calendar.caption', { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('equipment.calendar.resource')}</th>
                {days.map((d) => (
                  <th
                    key={d}
                    scope="col"
                    title={formatDateShort(d, locale)}
                    className={d === today ? 'cal-today' : undefined}
                  >
                    {Number(d.slice(8))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-resource={row.key}>
                  <th scope="row">
                    {row.label}
                    <br />
                    <span className="muted">{row.sub}</span>
                  </th>
                  {days.map((d) => {
                    const loan = liveLoans.find((l) => row.holds(l) && l.start <= d && d <= l.end);
                    if (!loan) return <td key={d} aria-label={t('equipment.calendar.free')} />;
                    const label = `${loan.toRegionName} #${loan.id} (${t(`equipment.state.${loan.state}`)})`;
                    return (
                      <td key={d} className={`cal-${loan.state}`} title={label} aria-label={label}>
                        {d === loan.start || d === first ? loan.toRegion.split('.')[1] : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">{t('equipment.calendar.legend')}</p>
      {borrowers.length > 0 ? (
        <ul className="pool-calendar-key">
          {borrowers.map(([code, name]) => (
            <li key={code}>
              <strong>{code.split('.')[1]}</strong> {name}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
