import type { StockRequestList, StockRequestReply } from '@sigap/contracts';
import { formatDateLong, formatNumber, STOCK_ITEMS } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { RequestDetail } from './RequestDetail';
import { SuggestionText } from './SuggestionText';
import { postStock, requestsPath } from './stock.api';

/** Requests made by or addressed to the office; a new draft shows the suggested quantity before it is sent. */
export function RequestsPanel({ location }: { location: string }) {
  const t = useT();
  const { locale } = useLocale();
  const r = useApiGet<StockRequestList>(queryKeys.stock, requestsPath(location));
  const [open, setOpen] = useState<number | null>(null);
  const items = r.data?.items;
  return (
    <div className="stack">
      {location !== 'ID' ? <NewRequest location={location} onCreated={setOpen} /> : null}
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('stock.requests.empty')}</EmptyState> : null}
      {items && items.length > 0 ? (
        <ul className="stack" aria-label={t('stock.tab.requests')}>
          {items.map((q) => (
            <li key={q.id}>
              <button type="button" className="button button-wrap" onClick={() => setOpen(q.id)}>
                #{q.id} · {formatNumber(q.approvedQuantity ?? q.quantity, locale)} {t(`stock.item.${q.item}`)}{' '}
                · {q.requesterName} → {q.supplierName} · {t(`stock.requests.status.${q.status}`)} ·{' '}
                {formatDateLong(q.updatedAt.slice(0, 10), locale)}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {open !== null ? <RequestDetail id={open} /> : null}
    </div>
  );
}

function NewRequest({ location, onCreated }: { location: string; onCreated: (id: number) => void }) {
  const t = useT();
  const user = useCurrentUser();
  const [item, setItem] = useState('BLANKO');
  const [quantity, setQuantity] = useState('');
  const create = useApiMutation(
    (body: Record<string, unknown>, key: string) => postStock<StockRequestReply>('requests', body, key),
    [queryKeys.stock],
  );
  if (user.role === 'pimpinan') return null;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    create.run({ location, item, quantity: Number(quantity) }).then(
      (r) => onCreated(r.request.id),
      () => undefined,
    );
  };
  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="new-request">
      <h2 id="new-request">{t('stock.requests.new')}</h2>
      {create.error ? <ErrorAlert error={create.error} /> : null}
      <FormField id="req-item" label={t('stock.item')}>
        {(c) => (
          <select {...c} value={item} onChange={(e) => setItem(e.target.value)}>
            {STOCK_ITEMS.map((i) => (
              <option key={i} value={i}>
                {t(`stock.item.${i}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SuggestionText location={location} item={item} />
      <FormField id="req-quantity" label={t('stock.form.quantity')}>
        {(c) => (
          <input
            {...c}
            type="number"
            inputMode="numeric"
            min={1}
            required
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.pending}>
          {t('stock.requests.create')}
        </button>
      </div>
    </form>
  );
}
