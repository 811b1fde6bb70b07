import type { SettingEntry } from '@sigap/contracts';
import { formatDateTime, formatNumber } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { saveCutoff } from './settings.api';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** The local hour by which a regency's daily report counts as on time (the province's rule). */
export function CutoffForm({
  scope,
  entry,
  onSaved,
}: {
  scope: string;
  entry: SettingEntry;
  onSaved: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [hour, setHour] = useState(Number(entry.value));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  const hourText = (h: number) => `${String(h).padStart(2, '0')}.00`;

  const save = useApiMutation(
    (value: number, key: string) => saveCutoff(scope, value, key),
    [queryKeys.settings],
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    setError(undefined);
    save.run(hour).then(
      () => {
        setBusy(false);
        setSaved(true);
        onSaved();
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };

  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="cutoff-title">
      <h2 id="cutoff-title">{t('settings.cutoff')}</h2>
      <p className="muted">
        {entry.setAt
          ? t('settings.cutoffSetAt', {
              scope: entry.setAt,
              at: entry.updatedAt ? formatDateTime(entry.updatedAt, locale) : '–',
            })
          : t('settings.cutoffDefault', { hour: hourText(Number(entry.defaultValue)) })}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {saved ? <SuccessNote>{t('settings.cutoffSaved', { hour: hourText(hour) })}</SuccessNote> : null}
      <FormField
        id="cutoff-hour"
        label={t('settings.cutoffHour')}
        hint={t('settings.cutoffHint', { n: formatNumber(hour, locale) })}
        error={fieldErrors(error, locale).hour}
      >
        {(control) => (
          <select
            {...control}
            value={hour}
            disabled={!entry.editable}
            onChange={(e) => setHour(Number(e.target.value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {hourText(h)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !entry.editable}>
          {busy ? t('users.saving') : t('settings.saveCutoff')}
        </button>
      </div>
    </form>
  );
}
