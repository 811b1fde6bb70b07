import { type Locale, normaliseNik, RECORDING_STATUSES } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { useLocale, useT } from '../../lib/i18n';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionPicker } from '../regions/RegionPicker';
import { recordingLabel } from './resident-labels';
import { EMPTY_RESIDENT_FILTER, type NameMatch, type ResidentFilter } from './residents.api';

interface ResidentFiltersProps {
  applied: ResidentFilter;
  onApply: (filter: ResidentFilter) => void;
}

type Problems = Partial<Record<'nik' | 'q', string>>;

/** Statuses in pipeline order, as operators know them, with the Indonesian (or English) label. */
function statusOptions(locale: Locale) {
  return RECORDING_STATUSES.map((status) => ({ status, label: recordingLabel(status, locale) }));
}

/**
 * Search form: NIK (exact), name (prefix or contains), region, recording status and "wajib KTP on date".
 * It edits a draft and applies it on submit, like the audit filters.
 */
export function ResidentFilters({ applied, onApply }: ResidentFiltersProps) {
  const user = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState<ResidentFilter>(applied);
  const [problems, setProblems] = useState<Problems>({});
  // Region, status and date sit behind a disclosure so a phone shows the search button without scrolling;
  // it opens by itself when one of them is in use.
  const moreOpen = Boolean(applied.region || applied.status || applied.wajibOn) || undefined;
  const set = <K extends keyof ResidentFilter>(key: K, value: ResidentFilter[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nik = normaliseNik(draft.nik);
    const q = draft.q.trim();
    const found: Problems = {};
    if (nik && !/^\d{16}$/.test(nik)) found.nik = t('residents.nikInvalid');
    if (q && q.length < 2) found.q = t('residents.nameTooShort');
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const region = draft.region || user.regionCode;
    // With a NIK or a name the user's own scope is implied; without one, the region is the search.
    onApply({ ...draft, nik, q, region: nik || q ? (region === user.regionCode ? '' : region) : region });
  };
  const reset = () => {
    setDraft(EMPTY_RESIDENT_FILTER);
    setProblems({});
    onApply(EMPTY_RESIDENT_FILTER);
  };

  return (
    <search>
      <form className="panel filters" onSubmit={submit} aria-label={t('residents.filters')} noValidate>
        <div className="filters-row filters-row-search">
          <FormField
            id="residents-nik"
            label={t('residents.nik')}
            hint={t('residents.nikHint')}
            error={problems.nik}
          >
            {(control) => (
              <input
                {...control}
                type="search"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                value={draft.nik}
                onChange={(e) => set('nik', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id="residents-q"
            label={t('residents.name')}
            hint={t('residents.nameHint')}
            error={problems.q}
          >
            {(control) => (
              <input
                {...control}
                type="search"
                autoComplete="off"
                value={draft.q}
                onChange={(e) => set('q', e.target.value)}
              />
            )}
          </FormField>
          <fieldset className="choice-group">
            <legend>{t('residents.match')}</legend>
            {(['prefix', 'contains'] as const satisfies readonly NameMatch[]).map((match) => (
              <div className="field-check" key={match}>
                <input
                  id={`residents-match-${match}`}
                  type="radio"
                  name="residents-match"
                  value={match}
                  checked={draft.match === match}
                  onChange={() => set('match', match)}
                />
                <label htmlFor={`residents-match-${match}`}>{t(`residents.match.${match}`)}</label>
              </div>
            ))}
          </fieldset>
        </div>
        <details className="filters-more" open={moreOpen}>
          <summary>{t('residents.moreFilters')}</summary>
          <div className="filters-more-body">
            <RegionPicker
              idPrefix="residents-region"
              legend={t('residents.region')}
              scopeCode={user.regionCode}
              value={draft.region || user.regionCode}
              onChange={(code) => set('region', code)}
              placeholder="all"
              showBreadcrumb={false}
            />
            <div className="filters-row">
              <FormField id="residents-status" label={t('residents.status')}>
                {(control) => (
                  <select
                    {...control}
                    value={draft.status}
                    onChange={(e) => set('status', e.target.value as ResidentFilter['status'])}
                  >
                    <option value="">{t('residents.allStatuses')}</option>
                    {statusOptions(locale).map(({ status, label }) => (
                      <option key={status} value={status}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                id="residents-wajib"
                label={t('residents.wajibOn')}
                hint={t('residents.wajibOnHint')}
              >
                {(control) => (
                  <DateField {...control} value={draft.wajibOn} onChange={(iso) => set('wajibOn', iso)} />
                )}
              </FormField>
            </div>
          </div>
        </details>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('residents.search')}
          </button>
          <button type="button" className="button button-ghost" onClick={reset}>
            {t('residents.reset')}
          </button>
        </div>
      </form>
    </search>
  );
}
