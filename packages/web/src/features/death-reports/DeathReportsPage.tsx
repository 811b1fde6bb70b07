import type { DeathReportPage } from '@sigap/contracts';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { SuccessNote } from '../../components/Status';
import { type MessageKey, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { DeathReportTable } from './DeathReportTable';
import { DEATH_REPORT_STATUSES, type DeathReportStatus, deathReportsPath } from './death-reports.api';

const PAGE_SIZE = 50;

/**
 * "Konfirmasi kematian": the deaths entered by hand in the officer's scope. Waiting reports come first and
 * are decided in the row; the decided ones stay readable under their own filter (kept in the URL).
 */
export function DeathReportsPage() {
  const t = useT();
  useDocumentTitle(t('deathList.title'));
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: DeathReportStatus = DEATH_REPORT_STATUSES.find((s) => s === asked) ?? 'pending';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [notice, setNotice] = useState<MessageKey>();
  const result = useApiGet<DeathReportPage>(
    queryKeys.deathReports,
    deathReportsPath(status, page, PAGE_SIZE),
  );
  const go = (next: DeathReportStatus, nextPage = 1) => {
    setNotice(undefined);
    const query: Record<string, string> = {};
    if (next !== 'pending') query.status = next;
    if (nextPage > 1) query.page = String(nextPage);
    setParams(query);
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('deathList.title')}</h1>
        <p className="muted">{t('deathList.intro')}</p>
      </header>
      <fieldset className="choice-group">
        <legend>{t('deathList.status')}</legend>
        {DEATH_REPORT_STATUSES.map((s) => (
          <div key={s} className="field-check">
            <input
              type="radio"
              id={`death-status-${s}`}
              name="death-status"
              value={s}
              checked={status === s}
              onChange={() => go(s)}
            />
            <label htmlFor={`death-status-${s}`}>{t(`deathList.status.${s}`)}</label>
          </div>
        ))}
      </fieldset>
      {notice ? <SuccessNote>{t(notice)}</SuccessNote> : null}
      <PagedList
        result={result}
        onPage={(p) => go(status, p)}
        empty={t(status === 'pending' ? 'deathList.empty.pending' : 'deathList.empty')}
        wrapClassName="table-wrap"
        label={t('deathList.table')}
      >
        {(items) => (
          <DeathReportTable
            items={items}
            onDecided={(kind) =>
              setNotice(kind === 'confirm' ? 'death.confirmedNotice' : 'death.rejectedNotice')
            }
          />
        )}
      </PagedList>
    </section>
  );
}
