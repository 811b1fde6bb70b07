import type { AwaitingHandoverReply } from '@sigap/contracts';
import { formatDateShort } from '@sigap/domain';
import { useState } from 'react';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { withQuery } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { HandoverForm } from './HandoverForm';

/**
 * Cards printed at the office and waiting for their owner, oldest first; each opens the handover form.
 * A card printed before Sigap (SIAK) is not listed: the form below takes its resident id.
 */
export function HandoverPanel({ office }: { office: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState<number | null>(null);
  const r = useApiGet<AwaitingHandoverReply>(
    queryKeys.prints,
    withQuery('/v1/prints/awaiting-handover', { office }),
  );
  const items = r.data?.items;
  return (
    <div className="stack">
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('prints.handover.none')}</EmptyState> : null}
      {items && items.length > 0 ? (
        <ul className="cards" data-testid="awaiting-handover">
          {items.map((c) => (
            <li key={c.cardId} className="card stack">
              <strong>{c.fullName}</strong>
              <span className="muted">
                {c.nikMasked} ·{' '}
                {t('prints.handover.printedOn', { date: formatDateShort(c.printedOn, locale) })}
              </span>
              {open === c.residentId ? (
                <HandoverForm residentId={c.residentId} />
              ) : (
                <button type="button" className="button" onClick={() => setOpen(c.residentId)}>
                  {t('prints.handover.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <h2>{t('prints.handover.byId')}</h2>
      <HandoverForm />
    </div>
  );
}
