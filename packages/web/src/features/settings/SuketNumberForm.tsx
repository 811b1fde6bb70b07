import type { SettingEntry, SettingReply } from '@sigap/contracts';
import { isValidSuketNumberFormat, renderSuketNumber } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';

const save = (v: { scope: string; value: string }, key: string) =>
  api.put<SettingReply>('/v1/settings/suket_number_format', v, key);

/**
 * Issue 14: the suket number format of the province, or of one of its regencies (each office numbers its
 * own series). The server checks it again (it must carry `{seq}`); the preview shows the first number.
 */
export function SuketNumberForm({ scope, entry }: { scope: string; entry: SettingEntry }) {
  const t = useT();
  const [target, setTarget] = useState(scope);
  const [format, setFormat] = useState(String(entry.value));
  const [saved, setSaved] = useState(false);
  const run = useApiMutation(save, [queryKeys.settings]);
  const valid = isValidSuketNumberFormat(format.trim());
  const regency = target.length >= 5 ? target.slice(0, 5) : `${scope}.71`;
  const preview = valid
    ? renderSuketNumber(format.trim(), { seq: 1, year: new Date().getFullYear(), regencyCode: regency })
    : null;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setSaved(false);
    run.run({ scope: target.trim(), value: format.trim() }).then(
      () => setSaved(true),
      () => undefined,
    );
  };
  return (
    <form className="panel stack" onSubmit={onSubmit} aria-labelledby="suket-format-title">
      <h2 id="suket-format-title">{t('settings.suketFormat')}</h2>
      <p className="muted">{t('settings.suketFormatHint', { default: String(entry.defaultValue) })}</p>
      {run.error ? <ErrorAlert error={run.error} /> : null}
      {saved ? <SuccessNote>{t('settings.suketFormatSaved', { scope: target })}</SuccessNote> : null}
      <FormField id="suket-format-scope" label={t('settings.suketFormatScope')}>
        {(c) => <input {...c} value={target} onChange={(e) => setTarget(e.target.value)} />}
      </FormField>
      <FormField
        id="suket-format"
        label={t('settings.suketFormatValue')}
        hint={preview ? t('settings.suketFormatPreview', { number: preview }) : undefined}
        error={valid ? undefined : t('settings.suketFormatInvalid')}
      >
        {(c) => <input {...c} value={format} onChange={(e) => setFormat(e.target.value)} />}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!valid || run.pending}>
          {t('settings.suketFormatSave')}
        </button>
      </div>
    </form>
  );
}
