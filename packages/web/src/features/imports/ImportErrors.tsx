import type { ImportErrorItem, Page } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useState } from 'react';
import { PagedList } from '../../components/PagedList';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { importErrorsCsvUrl, importErrorsPath } from './imports.api';

const PAGE_SIZE = 50;

/**
 * Rejected rows with line, NIK and name as the file wrote them (so a clerk finds the person without
 * counting lines), column and reason, and the full report as CSV for fixing the file in a spreadsheet.
 */
export function ImportErrors({ jobId, rejected }: { jobId: string; rejected: number }) {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const result = useApiGet<Page<ImportErrorItem>>(
    queryKeys.imports,
    rejected > 0 ? importErrorsPath(jobId, page, PAGE_SIZE) : null,
  );

  return (
    <section className="panel stack" aria-labelledby="import-errors-title">
      <div className="panel-header">
        <h2 id="import-errors-title">{t('imports.errors')}</h2>
        {rejected > 0 ? (
          <a className="button button-small" href={importErrorsCsvUrl(jobId)} download>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className="icon">
              <path
                fill="currentColor"
                d="M11 4h2v8.2l2.6-2.6L17 11l-5 5-5-5 1.4-1.4 2.6 2.6V4ZM5 18h14v2H5v-2Z"
              />
            </svg>
            {t('imports.downloadErrors')}
          </a>
        ) : null}
      </div>
      {rejected === 0 ? <p className="muted">{t('imports.errorsNone')}</p> : null}
      <PagedList
        result={result}
        onPage={setPage}
        wrapClassName="table-wrap"
        label={t('imports.errors')}
        quietRefresh
        hideSinglePagePager
      >
        {(rows) => (
          <table className="table-compact table-cards">
            <caption className="visually-hidden">{t('imports.errors')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('imports.errors.line')}
                </th>
                <th scope="col">{t('imports.errors.nik')}</th>
                <th scope="col">{t('imports.errors.name')}</th>
                <th scope="col">{t('imports.errors.column')}</th>
                <th scope="col">{t('imports.errors.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: one line may carry several errors; order is fixed
                <tr key={`${item.line}-${index}`}>
                  <th scope="row" className="num" data-label={t('imports.errors.line')}>
                    {formatNumber(item.line, locale)}
                  </th>
                  <td className="code" data-label={t('imports.errors.nik')}>
                    {item.nik ?? '—'}
                  </td>
                  <td data-label={t('imports.errors.name')}>{item.name ?? '—'}</td>
                  <td className="code" data-label={t('imports.errors.column')}>
                    {item.column ?? '—'}
                  </td>
                  <td data-label={t('imports.errors.reason')}>
                    {locale === 'en' ? item.messageEn : item.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </section>
  );
}
