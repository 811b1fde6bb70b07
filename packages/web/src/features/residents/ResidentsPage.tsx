import type { Page, ResidentListItem } from '@sigap/contracts';
import { useLocation, useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { ResidentFilters } from './ResidentFilters';
import { ResidentTable } from './ResidentTable';
import {
  filterKey,
  isSearchable,
  type ResidentFilter,
  residentFilterFrom,
  residentFilterToParams,
  residentsPath,
} from './residents.api';

const PAGE_SIZE = 20;

/** Resident search. Nothing is listed until the user asks: a bare list of everyone serves no task (UU PDP). */
export function ResidentsPage() {
  const t = useT();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('residents.title'));
  const filter = residentFilterFrom(params, location.state);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const searchable = isSearchable(filter);
  const result = useApiGet<Page<ResidentListItem>>(
    queryKeys.residents,
    searchable ? residentsPath(filter, page, PAGE_SIZE) : null,
  );

  const show = (next: ResidentFilter, nextPage = 1) => {
    setParams(residentFilterToParams(next, nextPage), { state: next.nik ? { nik: next.nik } : null });
  };

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('residents.title')}</h1>
        <p className="muted">{t('residents.intro')}</p>
      </header>
      <ResidentFilters key={filterKey(filter)} applied={filter} onApply={(next) => show(next)} />
      {!searchable ? <p className="alert alert-info">{t('residents.prompt')}</p> : null}
      {/* With no search the query is disabled (null path), so the list below shows nothing. */}
      <PagedList result={result} empty={t('residents.empty')} onPage={(next) => show(filter, next)}>
        {(residents) => <ResidentTable residents={residents} />}
      </PagedList>
    </section>
  );
}
