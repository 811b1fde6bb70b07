import type { UndeliveredSuketList } from '@sigap/contracts';
import { EmptyState, ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';

/** Sukets whose WhatsApp message failed or had no phone: the field team brings the paper to the address. */
export function UndeliveredList() {
  const t = useT();
  const list = useApiGet<UndeliveredSuketList>(queryKeys.sukets, '/v1/sukets/undelivered');
  return (
    <section aria-labelledby="suket-undelivered">
      <h2 id="suket-undelivered">{t('suket.undelivered.title')}</h2>
      <ErrorAlert error={list.error} onRetry={list.reload} />
      {list.data && list.data.items.length === 0 && <EmptyState>{t('suket.undelivered.empty')}</EmptyState>}
      <ul>
        {list.data?.items.map((s) => (
          <li key={s.id}>
            {s.number} · {s.maskedName} · {s.address} ·{' '}
            {s.messageState ? t('suket.undelivered.failed') : t('suket.undelivered.noPhone')}{' '}
            <a href={s.pdfUrl} target="_blank" rel="noreferrer">
              {t('suket.pdf')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
