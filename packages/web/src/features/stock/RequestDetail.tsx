import type { StockRequestReply } from '@sigap/contracts';
import { formatDateTime, formatNumber, officeToday, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { SuggestionText } from './SuggestionText';
import { postStock, requestPath } from './stock.api';

/** One request: its history, the suggestion stored when drafted, and the actions its state allows. */
export function RequestDetail({ id }: { id: number }) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const r = useApiGet<StockRequestReply>(queryKeys.stock, requestPath(id));
  const [quantity, setQuantity] = useState('');
  const [text, setText] = useState('');
  const act = useApiMutation(
    ([action, body]: [string, Record<string, unknown>], key: string) =>
      postStock<StockRequestReply>(`requests/${id}/${action}`, body, key),
    [queryKeys.stock],
  );
  const q = r.data?.request;
  if (!q) return r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : <Loading />;
  const decide = roleMay(user.role, 'stock.approve');
  const run = (action: string, body: Record<string, unknown> = {}) =>
    act.run([action, body]).catch(() => undefined);
  return (
    <section className="panel stack" aria-labelledby="request-title" data-testid="stock-request">
      <h2 id="request-title">
        {t('stock.requests.detail', {
          id: q.id,
          quantity: formatNumber(q.quantity, locale),
          item: t(`stock.item.${q.item}`),
          from: q.requesterName,
          to: q.supplierName,
        })}
      </h2>
      <p>
        <strong>{t(`stock.requests.status.${q.status}`)}</strong>
        {q.approvedQuantity !== null
          ? ` · ${t('stock.requests.approvedQuantity')}: ${formatNumber(q.approvedQuantity, locale)}`
          : ''}
        {q.rejectionReason ? ` · ${q.rejectionReason}` : ''}
      </p>
      {act.error ? <ErrorAlert error={act.error} /> : null}
      <SuggestionText location={q.requesterCode} item={q.item} stored={q.suggestion} />
      <ol>
        {q.events.map((e) => (
          <li key={`${e.status}-${e.at}`}>
            {formatDateTime(e.at, locale)} · {t(`stock.requests.status.${e.status}`)}
            {e.quantity !== null ? ` · ${formatNumber(e.quantity, locale)}` : ''}
            {e.actor ? ` · ${e.actor}` : ''}
            {e.note ? ` · ${e.note}` : ''}
          </li>
        ))}
      </ol>
      <div className="stack">
        {q.status === 'draft' ? (
          <button type="button" className="button button-primary" onClick={() => run('submit')}>
            {t('stock.requests.submit')}
          </button>
        ) : null}
        {q.status === 'submitted' && decide ? (
          <>
            <FormField id="req-approve-q" label={t('stock.requests.approvedQuantity')}>
              {(c) => (
                <input
                  {...c}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  placeholder={String(q.quantity)}
                  value={quantity}
                  onChange={(e) => setQuantity(e.target.value)}
                />
              )}
            </FormField>
            <button
              type="button"
              className="button button-primary"
              onClick={() => run('approve', quantity ? { quantity: Number(quantity) } : {})}
            >
              {t('stock.requests.approve')}
            </button>
            <FormField id="req-reason" label={t('stock.form.reason')}>
              {(c) => <input {...c} value={text} onChange={(e) => setText(e.target.value)} />}
            </FormField>
            <button type="button" className="button" onClick={() => run('reject', { reason: text })}>
              {t('stock.requests.reject')}
            </button>
          </>
        ) : null}
        {q.status === 'approved' && decide ? (
          <>
            <FormField id="req-doc" label={t('stock.form.documentNo')}>
              {(c) => <input {...c} value={text} onChange={(e) => setText(e.target.value)} />}
            </FormField>
            <button
              type="button"
              className="button button-primary"
              onClick={() => run('ship', { documentNo: text, occurredOn: officeToday(q.supplierCode) })}
            >
              {t('stock.requests.ship')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
