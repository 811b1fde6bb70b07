import type { AuditActions } from '@sigap/contracts';
import { type FormEvent, useState } from 'react';
import { DateField } from '../../components/DateField';
import { FormField } from '../../components/FormField';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionPicker } from '../regions/RegionPicker';
import { AUDIT_ACTIONS_PATH, type AuditFilter, EMPTY_FILTER } from './audit.api';
import { actionLabel } from './audit-summary';

interface AuditFiltersProps {
  applied: AuditFilter;
  onApply: (filter: AuditFilter) => void;
}

/** Edits a draft and applies it on submit, so a half-typed date does not fire a request per keystroke. */
export function AuditFilters({ applied, onApply }: AuditFiltersProps) {
  const user = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  const [draft, setDraft] = useState<AuditFilter>(applied);
  const actions = useApiGet<AuditActions>(queryKeys.audit, AUDIT_ACTIONS_PATH);
  const set = (key: keyof AuditFilter, value: string) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The user's own scope is the default anyway; leaving it out keeps the URL clean.
    onApply({
      ...draft,
      region: draft.region === user.regionCode ? '' : draft.region,
      username: draft.username.trim(),
    });
  };
  const reset = () => {
    setDraft(EMPTY_FILTER);
    onApply(EMPTY_FILTER);
  };

  return (
    <form className="panel filters" onSubmit={submit} aria-label={t('audit.filters')} noValidate>
      <RegionPicker
        idPrefix="audit-region"
        legend={t('audit.region')}
        scopeCode={user.regionCode}
        value={draft.region || user.regionCode}
        onChange={(code) => set('region', code)}
        placeholder="all"
        showBreadcrumb={false}
      />
      <div className="filters-row">
        <FormField id="audit-username" label={t('audit.username')}>
          {(control) => (
            <input
              {...control}
              type="search"
              autoCapitalize="none"
              spellCheck={false}
              value={draft.username}
              onChange={(e) => set('username', e.target.value)}
            />
          )}
        </FormField>
        <FormField id="audit-action" label={t('audit.action')}>
          {(control) => (
            <select {...control} value={draft.action} onChange={(e) => set('action', e.target.value)}>
              <option value="">{t('audit.allActions')}</option>
              {(actions.data?.items ?? []).map((action) => (
                <option key={action} value={action}>
                  {actionLabel(action, locale)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="audit-from" label={t('audit.from')}>
          {(control) => (
            <DateField
              {...control}
              value={draft.from}
              max={draft.to || undefined}
              onChange={(iso) => set('from', iso)}
            />
          )}
        </FormField>
        <FormField id="audit-to" label={t('audit.to')}>
          {(control) => (
            <DateField
              {...control}
              value={draft.to}
              min={draft.from || undefined}
              onChange={(iso) => set('to', iso)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('audit.apply')}
        </button>
        <button type="button" className="button button-ghost" onClick={reset}>
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}
