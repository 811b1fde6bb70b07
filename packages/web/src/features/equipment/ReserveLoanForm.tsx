import type { EquipmentList, Loan, OperatorList, RegionChildren, UncoveredReply } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import {
  equipmentPath,
  operatorsPath,
  regencyChildrenPath,
  reserveLoan,
  uncoveredPath,
} from './equipment.api';

/**
 * The province reserves working pool items with operators for a regency and a period. A clash is the
 * server's 409, shown as it comes: it names the loan, the regency and the dates in the way.
 */
export function ReserveLoanForm({ province }: { province: string }) {
  const t = useT();
  const today = officeToday(province);
  const regencies = useApiGet<RegionChildren>(queryKeys.regions, regencyChildrenPath(province));
  const items = useApiGet<EquipmentList>(queryKeys.equipment, equipmentPath(province));
  const operators = useApiGet<OperatorList>(queryKeys.equipment, operatorsPath(province));
  const [toRegion, setToRegion] = useState('');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(today);
  const [itemIds, setItemIds] = useState<number[]>([]);
  const [operatorIds, setOperatorIds] = useState<number[]>([]);
  const [purpose, setPurpose] = useState('');
  const [covers, setCovers] = useState('');
  // The broken items of the chosen regency that nothing covers yet: the loan may say which it stands in for.
  const uncovered = useApiGet<UncoveredReply>(queryKeys.equipment, uncoveredPath(province));
  const broken = uncovered.data?.regencies.find((r) => r.regionCode === toRegion)?.items ?? [];
  const [done, setDone] = useState<Loan>();
  const reserve = useApiMutation(reserveLoan, [queryKeys.equipment, queryKeys.watchlist]);
  const toggle = (list: number[], id: number) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  const pool = (items.data?.items ?? []).filter((i) => i.regionCode === province && i.status === 'working');

  const submit = () => {
    setDone(undefined);
    const coversItemId = covers ? Number(covers) : undefined;
    reserve
      .run({ toRegion, start, end, itemIds, operatorIds, purpose, ...(coversItemId ? { coversItemId } : {}) })
      .then(
        (r) => setDone(r.loan),
        () => undefined,
      );
  };
  return (
    <form
      className="card stack-tight"
      aria-labelledby="reserve-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="reserve-title">{t('equipment.reserve.title')}</h2>
      {reserve.error ? <ErrorAlert error={reserve.error} /> : null}
      {done ? (
        <SuccessNote>{t('equipment.reserve.done', { id: done.id, region: done.toRegionName })}</SuccessNote>
      ) : null}
      <div className="field">
        <label htmlFor="reserve-to">{t('equipment.reserve.to')}</label>
        <select id="reserve-to" value={toRegion} onChange={(e) => setToRegion(e.target.value)} required>
          <option value="">{t('equipment.reserve.choose')}</option>
          {regencies.data?.items.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      {broken.length > 0 ? (
        <div className="field">
          <label htmlFor="reserve-covers">{t('equipment.reserve.covers')}</label>
          <select id="reserve-covers" value={covers} onChange={(e) => setCovers(e.target.value)}>
            <option value="">—</option>
            {broken.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name} ({i.tag})
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="reserve-dates">
        <div className="field">
          <label htmlFor="reserve-start">{t('equipment.reserve.start')}</label>
          <input
            id="reserve-start"
            type="date"
            value={start}
            min={today}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="reserve-end">{t('equipment.reserve.end')}</label>
          <input
            id="reserve-end"
            type="date"
            value={end}
            min={start}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
      </div>
      <fieldset>
        <legend>{t('equipment.reserve.items')}</legend>
        {pool.map((i) => (
          <label key={i.id} className="check">
            <input
              type="checkbox"
              checked={itemIds.includes(i.id)}
              onChange={() => setItemIds(toggle(itemIds, i.id))}
            />{' '}
            {i.name} ({i.tag})
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('equipment.reserve.operators')}</legend>
        {(operators.data?.items ?? [])
          .filter((o) => o.active)
          .map((o) => (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                checked={operatorIds.includes(o.id)}
                onChange={() => setOperatorIds(toggle(operatorIds, o.id))}
              />{' '}
              {o.name}
            </label>
          ))}
      </fieldset>
      <div className="field">
        <label htmlFor="reserve-purpose">{t('equipment.reserve.purpose')}</label>
        <input
          id="reserve-purpose"
          value={purpose}
          maxLength={300}
          onChange={(e) => setPurpose(e.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={reserve.pending}>
          {reserve.pending ? t('equipment.reserve.sending') : t('equipment.reserve.submit')}
        </button>
      </div>
    </form>
  );
}
