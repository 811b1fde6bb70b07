import type { Letterhead, LetterheadResponse } from '@sigap/contracts';
import { formatDateTime } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { LogoInput } from './LogoInput';
import { saveLetterhead } from './settings.api';

type TextField =
  | 'address'
  | 'phone'
  | 'email'
  | 'website'
  | 'city'
  | 'signerTitle'
  | 'signerName'
  | 'signerRank'
  | 'signerNip';

const FIELDS: { name: TextField; label: MessageKey; required?: boolean; type?: string; hint?: MessageKey }[] =
  [
    { name: 'address', label: 'settings.address', required: true },
    { name: 'phone', label: 'settings.phone', type: 'tel' },
    { name: 'email', label: 'settings.email', type: 'email' },
    { name: 'website', label: 'settings.website' },
    { name: 'city', label: 'settings.city', required: true, hint: 'settings.cityHint' },
    { name: 'signerTitle', label: 'settings.signerTitle', required: true },
    { name: 'signerName', label: 'settings.signerName' },
    { name: 'signerRank', label: 'settings.signerRank' },
    { name: 'signerNip', label: 'settings.signerNip', hint: 'settings.nipHint' },
  ];

/** Empty optional fields are left out: the server treats "" as a value (and rejects an empty email). */
function toBody(form: Letterhead, lines: string): Letterhead {
  const out: Letterhead = {
    ...form,
    officeLines: lines
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
  for (const f of FIELDS) {
    const v = out[f.name]?.trim();
    if (v) out[f.name] = v;
    else if (!f.required) delete out[f.name];
  }
  return out;
}

/** Kop surat: office heading lines, address and contacts, signer and logo. */
export function LetterheadForm({ scope, initial }: { scope: string; initial: LetterheadResponse }) {
  const t = useT();
  const { locale } = useLocale();
  const [form, setForm] = useState<Letterhead>(initial.letterhead);
  const [lines, setLines] = useState(initial.letterhead.officeLines.join('\n'));
  const [saved, setSaved] = useState<LetterheadResponse>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const problems = fieldErrors(error, locale);
  const problemOf = (name: string) =>
    Object.entries(problems).find(
      ([key]) => key === name || key.endsWith(`.${name}`) || key.startsWith(`letterhead.${name}`),
    )?.[1];

  const save = useApiMutation(
    (letterhead: Letterhead, key: string) => saveLetterhead(scope, letterhead, key),
    [queryKeys.settings],
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setSaved(undefined);
    save.run(toBody(form, lines)).then(
      (result) => {
        setSaved(result);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(failure);
        setBusy(false);
      },
    );
  };

  return (
    <form className="panel stack" onSubmit={onSubmit} noValidate aria-labelledby="letterhead-title">
      <h2 id="letterhead-title">{t('settings.letterhead')}</h2>
      <p className="muted">
        {initial.isDefault && !saved
          ? t('settings.letterheadDefault')
          : t('settings.updatedAt', {
              at: formatDateTime(saved?.updatedAt ?? initial.updatedAt ?? '', locale),
            })}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      {saved ? <SuccessNote>{t('settings.letterheadSaved')}</SuccessNote> : null}
      <FormField
        id="letterhead-lines"
        label={t('settings.officeLines')}
        hint={t('settings.officeLinesHint')}
        error={problemOf('officeLines')}
        required
      >
        {(control) => (
          <textarea {...control} rows={3} value={lines} onChange={(e) => setLines(e.target.value)} />
        )}
      </FormField>
      <div className="form-grid">
        {FIELDS.map((f) => (
          <FormField
            key={f.name}
            id={`letterhead-${f.name}`}
            label={t(f.label)}
            hint={f.hint ? t(f.hint) : undefined}
            error={problemOf(f.name)}
            required={f.required}
          >
            {(control) => (
              <input
                {...control}
                type={f.type ?? 'text'}
                value={form[f.name] ?? ''}
                onChange={(e) => setForm({ ...form, [f.name]: e.target.value })}
              />
            )}
          </FormField>
        ))}
      </div>
      <LogoInput
        value={form.logo}
        onChange={(logo) => setForm({ ...form, logo })}
        error={problemOf('logo')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('users.saving') : t('settings.saveLetterhead')}
        </button>
      </div>
    </form>
  );
}
