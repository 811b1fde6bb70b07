import type { ShipmentList, ShipmentReply, StockShipment } from '@sigap/contracts';
import { formatDateLong, formatNumber, officeToday } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { postStock, shipmentsPath } from './stock.api';

/** Shipments from and to the office; one on its way here is received with its proof of delivery. */
export function ShipmentsPanel({ location }: { location: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<ShipmentList>(queryKeys.stock, shipmentsPath(location));
  const items = r.data?.items;
  return (
    <div className="stack">
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('stock.shipments.empty')}</EmptyState> : null}
      {items?.map((s) => (
        <article key={s.id} className="panel stack" data-testid={`shipment-${s.documentNo}`}>
          <h3>
            {formatNumber(s.quantity, locale)} {t(`stock.item.${s.item}`)} · {s.documentNo}
          </h3>
          <p>
            {t('stock.shipments.route', { from: s.sourceName, to: s.destinationName })} ·{' '}
            {formatDateLong(s.shippedOn, locale)} · <strong>{t(`stock.shipments.status.${s.status}`)}</strong>
          </p>
          {s.status === 'received' ? (
            <p>
              {t('stock.pod.result', {
                accepted: formatNumber(s.accepted ?? 0, locale),
                rejected: formatNumber(s.rejected ?? 0, locale),
              })}
              {s.rejectionReason ? ` · ${s.rejectionReason}` : ''}
            </p>
          ) : null}
          {s.status === 'in_transit' && s.destinationCode === location ? <PodForm shipment={s} /> : null}
        </article>
      ))}
    </div>
  );
}

/** Proof of delivery: accepted + rejected = shipped; a rejected quantity needs its reason. */
function PodForm({ shipment }: { shipment: StockShipment }) {
  const t = useT();
  const { locale } = useLocale();
  const [accepted, setAccepted] = useState(String(shipment.quantity));
  const [rejected, setRejected] = useState('0');
  const [reason, setReason] = useState('');
  const [receivedOn, setReceivedOn] = useState(officeToday(shipment.destinationCode));
  const save = useApiMutation(
    (body: Record<string, unknown>, key: string) =>
      postStock<ShipmentReply>(`shipments/${shipment.id}/receive`, body, key),
    [queryKeys.stock, queryKeys.notices],
  );
  const errs = fieldErrors(save.error, locale);
  const id = `pod-${shipment.id}`;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const r = Number(rejected);
    save
      .run({ accepted: Number(accepted), rejected: r, receivedOn, ...(r > 0 ? { reason } : {}) })
      .catch(() => undefined);
  };
  return (
    <form
      className="stack"
      onSubmit={onSubmit}
      aria-label={t('stock.pod.title', { doc: shipment.documentNo })}
    >
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <p className="muted">{t('stock.pod.hint', { n: formatNumber(shipment.quantity, locale) })}</p>
      <FormField id={`${id}-acc`} label={t('stock.pod.accepted')} error={errs.accepted}>
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            min={0}
            value={accepted}
            onChange={(e) => setAccepted(e.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-rej`} label={t('stock.pod.rejected')} error={errs.rejected}>
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            min={0}
            value={rejected}
            onChange={(e) => setRejected(e.target.value)}
          />
        )}
      </FormField>
      {Number(rejected) > 0 ? (
        <FormField id={`${id}-reason`} label={t('stock.pod.reason')} error={errs.reason}>
          {(c) => <input {...c} required value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      ) : null}
      <FormField id={`${id}-date`} label={t('stock.pod.receivedOn')} error={errs.receivedOn}>
        {(c) => (
          <input
            {...c}
            type="date"
            required
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={save.pending}>
          {t('stock.pod.save')}
        </button>
      </div>
    </form>
  );
}
