import type { FieldListPage as FieldListData } from '@sigap/contracts';
import { formatDateLong, formatNumber, officeToday } from '@sigap/domain';
import { useSearchParams } from 'react-router';
import { DownloadButton } from '../../components/DownloadButton';
import { PagedList } from '../../components/PagedList';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FieldListTable } from './FieldListTable';
import { FIELD_LIST_KINDS, type FieldListKind, fieldListExportPath, fieldListPath } from './field-lists.api';

const PAGE_SIZE = 50;

/**
 * "Daftar warga": the residents behind a count of the coverage table (opened from its district or village
 * row), for door-to-door work — on screen, as XLSX, or printed with an empty column for the visit's outcome.
 * The list follows the counters' rule on the table's reference date, so it holds as many names as the figure.
 */
export function FieldListPage() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? '';
  const kind: FieldListKind = FIELD_LIST_KINDS.find((k) => k === params.get('kind')) ?? 'not_recorded';
  const on = params.get('on') ?? (region ? officeToday(region) : '');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const result = useApiGet<FieldListData>(
    queryKeys.fieldLists,
    region ? fieldListPath(region, kind, on, page, PAGE_SIZE) : null,
  );
  const shown = result.data ?? result.latest;
  useDocumentTitle(`${t(`fieldList.kind.${kind}`)}${shown ? ` — ${shown.region.name}` : ''}`);
  const go = (next: Record<string, string>) => setParams({ region, kind, on, ...next });

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t(`fieldList.kind.${kind}`)}</h1>
        {shown ? (
          <p className="muted">
            {t('fieldList.subtitle', {
              region: shown.region.name,
              date: formatDateLong(shown.referenceDate, locale),
              count: formatNumber(shown.total, locale),
            })}
          </p>
        ) : null}
        <p className="muted">{t('fieldList.privacy')}</p>
      </header>
      {!region ? <p className="alert alert-info">{t('fieldList.chooseRegion')}</p> : null}
      <fieldset className="choice-group">
        <legend>{t('fieldList.kind')}</legend>
        {FIELD_LIST_KINDS.map((k) => (
          <div key={k} className="field-check">
            <input
              type="radio"
              id={`field-kind-${k}`}
              name="field-kind"
              checked={kind === k}
              onChange={() => go({ kind: k })}
            />
            <label htmlFor={`field-kind-${k}`}>{t(`fieldList.kind.${k}`)}</label>
          </div>
        ))}
      </fieldset>
      {region ? (
        <div className="export-buttons">
          <DownloadButton
            path={fieldListExportPath(region, kind, on, 'xlsx')}
            fileName={`daftar-${kind}-${region}-${on}.xlsx`}
            label={t('fieldList.downloadXlsx')}
          />
          <DownloadButton
            path={fieldListExportPath(region, kind, on, 'pdf')}
            fileName={`daftar-${kind}-${region}-${on}.pdf`}
            label={t('fieldList.downloadPdf')}
            primary
          />
        </div>
      ) : null}
      <PagedList
        result={result}
        onPage={(p) => go({ page: String(p) })}
        empty={t('fieldList.empty')}
        wrapClassName="table-wrap"
        label={t('fieldList.table')}
      >
        {(items) => <FieldListTable items={items} firstNumber={(page - 1) * PAGE_SIZE + 1} />}
      </PagedList>
    </section>
  );
}
