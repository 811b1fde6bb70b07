import type { SettingsResponse } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useRegionChildren } from '../regions/region-queries';
import { parseCount } from '../reports/report-fields';
import { savePopulation, settingsPath } from './settings.api';

/**
 * The population of a regency whose registry in Sigap is incomplete, set by the province: reports that
 * regency types by hand are checked against it (the plausibility flags) instead of the registry counters.
 */
export function PopulationForm({ province }: { province: string }) {
  const t = useT();
  const { locale } = useLocale();
  const regencies = useRegionChildren(province);
  const [regency, setRegency] = useState('');
  const current = useApiGet<SettingsResponse>(queryKeys.settings, regency ? settingsPath(regency) : null, {
    staleTime: staleTimes.settings,
  });
  const stored = current.data?.items.find((i) => i.key === 'report_population')?.value;
  const [text, setText] = useState<string>();
  const shown = text ?? (typeof stored === 'number' ? formatNumber(stored, locale) : '');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const save = useApiMutation(
    (value: number | null, key: string) => savePopulation(regency, value, key),
    [queryKeys.settings],
  );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = parseCount(shown);
    if (Number.isNaN(value)) return setError(new Error(t('reports.invalidCount')));
    setBusy(true);
    setSaved(false);
    setError(undefined);
    save.run(value).then(
      () => {
        setBusy(false);
        setSaved(true);
        current.reload();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="population-title">
      <h2 id="population-title">{t('settings.population')}</h2>
      <p className="muted">{t('settings.populationIntro')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      {saved ? <SuccessNote>{t('settings.populationSaved')}</SuccessNote> : null}
      <FormField id="population-regency" label={t('settings.populationRegency')}>
        {(control) => (
          <select
            {...control}
            value={regency}
            onChange={(e) => {
              setRegency(e.target.value);
              setText(undefined);
              setSaved(false);
            }}
          >
            <option value="">{t('region.choose', { level: t('region.level.regency') })}</option>
            {(regencies.data ?? []).map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        id="population-value"
        label={t('settings.populationValue')}
        hint={t('settings.populationHint')}
        error={fieldErrors(error, locale).value}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            disabled={!regency}
            value={shown}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !regency}>
          {busy ? t('users.saving') : t('settings.savePopulation')}
        </button>
      </div>
    </form>
  );
}
