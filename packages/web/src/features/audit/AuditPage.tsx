import type { AuditEntry, ElectionList, Page } from '@sigap/contracts';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { type AuditFilter, auditPath, FILTER_KEYS, filterFromParams, filterKey } from './audit.api';

const PAGE_SIZE = 25;

/** Audit trail; filters and page are kept in the URL so a finding can be shared as a link. */
export function AuditPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('audit.title'));
  const filter = filterFromParams(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = useApiGet<Page<AuditEntry>>(queryKeys.audit, auditPath(filter, page, PAGE_SIZE));
  // Summaries name elections by id; the list the reader may see gives their names (else "Pemilihan #3").
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const electionNames = useMemo(
    () => new Map((elections.data?.items ?? []).map((e) => [e.id, e.name] as const)),
    [elections.data],
  );

  const show = (next: AuditFilter, nextPage = 1) => {
    const query: Record<string, string> = {};
    for (const key of FILTER_KEYS) if (next[key]) query[key] = next[key];
    if (nextPage > 1) query.page = String(nextPage);
    setParams(query);
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('audit.title')}</h1>
        <p className="muted">{t('audit.intro')}</p>
      </header>
      {/* Remount when the applied filter changes (e.g. the menu link clears it) so the form never shows stale values. */}
      <AuditFilters key={filterKey(filter)} applied={filter} onApply={(next) => show(next)} />
      <PagedList result={result} empty={t('audit.empty')} onPage={(next) => show(filter, next)}>
        {(entries) => <AuditTable entries={entries} electionNames={electionNames} />}
      </PagedList>
    </section>
  );
}
