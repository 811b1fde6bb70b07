import { formatNumber } from '@sigap/domain';
import { useLocale, useT } from '../lib/i18n';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous/next with a "page x of y · n records" summary; numbers in the user's locale. */
export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const t = useT();
  const { locale } = useLocale();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        <span aria-hidden="true">← </span>
        {t('pager.previous')}
      </button>
      <p aria-live="polite">
        {t('pager.summary', {
          page: formatNumber(page, locale),
          pages: formatNumber(pages, locale),
          total: formatNumber(total, locale),
        })}
      </p>
      <button type="button" className="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('pager.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
