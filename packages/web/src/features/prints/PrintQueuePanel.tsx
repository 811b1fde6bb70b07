import type { PrintQueuePage } from '@sigap/contracts';
import { formatDateShort, formatNumber } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { EmptyState, ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { errorText } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { PrintQueueRow } from './PrintQueueRow';
import { printCard, type QueueFilters, queuePath } from './prints.api';
import { SuppliesPanel } from './SuppliesPanel';

/**
 * The prioritised queue with its filters; selected residents are printed one request per card, so the
 * operator sees the progress and every refusal (no blanko: the message points to the suket).
 */
export function PrintQueuePanel({ office }: { office: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [filters, setFilters] = useState<QueueFilters>({ office, page: 1 });
  const [draft, setDraft] = useState({ district: '', village: '', q: '' });
  const [districts, setDistricts] = useState(new Map<string, string>());
  const [selected, setSelected] = useState(new Set<number>());
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [summary, setSummary] = useState<{ printed: number; refused: string[] } | null>(null);
  const r = useApiGet<PrintQueuePage>(queryKeys.prints, queuePath(filters));
  const print = useApiMutation(printCard, [queryKeys.prints, queryKeys.stock, queryKeys.dashboard]);
  const items = r.data?.items;
  for (const i of items ?? [])
    if (!districts.has(i.districtCode)) setDistricts(new Map(districts).set(i.districtCode, i.districtName));

  const apply = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setFilters({
      office,
      page: 1,
      district: draft.district || undefined,
      village: draft.village || undefined,
      q: draft.q || undefined,
    });
  };
  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const printSelected = async () => {
    const ids = [...selected];
    const out = { printed: 0, refused: [] as string[] };
    setSummary(null);
    for (const [n, residentId] of ids.entries()) {
      setProgress({ done: n, total: ids.length });
      try {
        await print.run({ residentId });
        out.printed++;
      } catch (err) {
        out.refused.push(errorText(err, locale));
      }
    }
    setProgress(null);
    setSelected(new Set());
    setSummary(out);
  };

  return (
    <div className="stack">
      {r.data ? (
        <p className="muted">
          {t('prints.intro', {
            office: r.data.office.name,
            votingDay: r.data.votingDay ? formatDateShort(r.data.votingDay, locale) : t('prints.noElection'),
          })}{' '}
          <strong data-testid="print-blanko">
            {t('prints.blanko', { count: formatNumber(r.data.blanko, locale) })}
          </strong>
        </p>
      ) : null}
      {r.data ? <SuppliesPanel supplies={r.data.supplies} /> : null}
      <form className="filters" onSubmit={apply}>
        <div className="field">
          <label htmlFor="print-district">{t('prints.district')}</label>
          <select
            id="print-district"
            value={draft.district}
            onChange={(e) => setDraft({ ...draft, district: e.target.value })}
          >
            <option value="">{t('prints.all')}</option>
            {[...districts].map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="print-village">{t('prints.village')}</label>
          <input
            id="print-village"
            inputMode="decimal"
            value={draft.village}
            onChange={(e) => setDraft({ ...draft, village: e.target.value.trim() })}
          />
        </div>
        <div className="field">
          <label htmlFor="print-search">{t('prints.search')}</label>
          <input
            id="print-search"
            type="search"
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
          />
        </div>
        <button type="submit" className="button">
          {t('prints.apply')}
        </button>
      </form>
      {r.error ? <ErrorAlert error={r.error} onRetry={r.reload} /> : null}
      {r.loading && !items ? <Loading /> : null}
      {items && items.length === 0 ? <EmptyState>{t('prints.empty')}</EmptyState> : null}
      {summary ? (
        <SuccessNote>
          <span data-testid="print-summary">
            {t('prints.summary', { printed: summary.printed, refused: summary.refused.length })}
          </span>
          {summary.refused.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same refusal may repeat; order is the key.
            <span key={i} style={{ display: 'block' }}>
              {m}
            </span>
          ))}
        </SuccessNote>
      ) : null}
      {items && items.length > 0 ? (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => setSelected(new Set(items.map((i) => i.id)))}
            >
              {t('prints.selectPage')}
            </button>
            <button
              type="button"
              className="button button-primary"
              data-testid="print-selected"
              disabled={selected.size === 0 || progress !== null}
              onClick={printSelected}
            >
              {t('prints.printSelected', { count: selected.size })}
            </button>
            {progress ? <span role="status">{t('prints.progress', progress)}</span> : null}
            <span className="muted">
              {t('prints.total', { count: formatNumber(r.data?.total ?? 0, locale) })}
            </span>
          </div>
          <ul className="cards" data-testid="print-queue">
            {items.map((i) => (
              <PrintQueueRow
                key={i.id}
                item={i}
                selected={selected.has(i.id)}
                onToggle={() => toggle(i.id)}
              />
            ))}
          </ul>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={filters.page <= 1}
              onClick={() => setFilters({ ...filters, page: filters.page - 1 })}
            >
              {t('prints.prev')}
            </button>
            <button
              type="button"
              className="button"
              disabled={filters.page * 25 >= (r.data?.total ?? 0)}
              onClick={() => setFilters({ ...filters, page: filters.page + 1 })}
            >
              {t('prints.next')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
