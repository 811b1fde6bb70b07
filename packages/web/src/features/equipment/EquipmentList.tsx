import type { EquipmentItem, EquipmentList as EquipmentListReply, EquipmentReply } from '@sigap/contracts';
import {
  EQUIPMENT_STATUSES,
  type EquipmentStatus,
  formatDateShort,
  formatDateTimeShort,
  roleMay,
} from '@sigap/domain';
import { useState } from 'react';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { equipmentDetailPath, equipmentPath, reportIncident } from './equipment.api';

/** The equipment of the user's scope grouped by office, each with its status and, opened, its history. */
export function EquipmentList({ region }: { region: string }) {
  const t = useT();
  const result = useApiGet<EquipmentListReply>(queryKeys.equipment, equipmentPath(region));
  const items = result.data?.items;
  const offices = [...new Set(items?.map((i) => i.regionName))];
  return (
    <section className="stack-tight" aria-labelledby="items-title">
      <h2 id="items-title">{t('equipment.items.title')}</h2>
      {result.error ? <ErrorAlert error={result.error} onRetry={result.reload} /> : null}
      {!items && result.loading ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('equipment.items.empty')}</EmptyState> : null}
      {offices.map((office) => (
        <div key={office} className="card stack-tight">
          <h3>{office}</h3>
          <ul className="equipment-items">
            {items
              ?.filter((i) => i.regionName === office)
              .map((i) => (
                <ItemRow key={i.id} item={i} />
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function ItemRow({ item }: { item: EquipmentItem }) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  return (
    <li data-item={item.tag}>
      <strong>{item.name}</strong> <span className="muted">{item.tag}</span> ·{' '}
      {t(`equipment.kind.${item.kind}`)}{' '}
      <span className={`badge equipment-${item.status}`}>{t(`equipment.status.${item.status}`)}</span>{' '}
      <span className="muted">
        {t('equipment.items.since', { date: formatDateShort(item.statusSince.slice(0, 10), locale) })}
      </span>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('equipment.history')}</summary>
        {open ? <ItemHistory id={item.id} /> : null}
      </details>
    </li>
  );
}

function ItemHistory({ id }: { id: number }) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const detail = useApiGet<EquipmentReply>(queryKeys.equipment, equipmentDetailPath(id));
  const [status, setStatus] = useState<EquipmentStatus>('broken');
  const [reason, setReason] = useState('');
  const save = useApiMutation(
    (v: { status: EquipmentStatus; reason: string }, key: string) => reportIncident(id, v, key),
    [queryKeys.equipment, queryKeys.watchlist],
  );
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data) return <Loading />;
  return (
    <div className="stack-tight">
      <ol className="equipment-history">
        {detail.data.incidents.map((i) => (
          <li key={i.id}>
            {formatDateTimeShort(i.at, locale)} · {t(`equipment.status.${i.toStatus}`)}
            {i.reason ? ` — ${i.reason}` : ` — ${t('equipment.history.added')}`}
            {i.by ? ` (${t('equipment.history.by', { by: i.by })})` : ''}
          </li>
        ))}
      </ol>
      {roleMay(user.role, 'equipment.manage') ? (
        <form
          className="form-actions"
          aria-label={t('equipment.incident.title')}
          onSubmit={(e) => {
            e.preventDefault();
            save.run({ status, reason }).then(
              () => setReason(''),
              () => undefined,
            );
          }}
        >
          {save.error ? <ErrorAlert error={save.error} /> : null}
          <label htmlFor={`status-${id}`}>{t('equipment.incident.status')}</label>
          <select
            id={`status-${id}`}
            value={status}
            onChange={(e) => setStatus(e.target.value as EquipmentStatus)}
          >
            {EQUIPMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`equipment.status.${s}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`reason-${id}`}>{t('equipment.incident.reason')}</label>
          <input
            id={`reason-${id}`}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <button
            type="submit"
            className="button button-small"
            disabled={save.pending || reason.trim() === ''}
          >
            {t('equipment.incident.save')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
