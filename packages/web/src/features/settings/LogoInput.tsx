import { LOGO_MAX_BYTES } from '@sigap/contracts';
import { formatNumber } from '@sigap/domain';
import { useState } from 'react';
import { useLocale, useT } from '../../lib/i18n';

interface LogoInputProps {
  value: string | null | undefined;
  onChange: (dataUrl: string | null) => void;
  error?: string | undefined;
}

/** Pick a PNG/JPEG logo up to 200 KB; it is kept as a data URL and previewed as it will head the PDF. */
export function LogoInput({ value, onChange, error }: LogoInputProps) {
  const t = useT();
  const { locale } = useLocale();
  const [problem, setProblem] = useState<string>();
  const onFile = (file: File | undefined) => {
    setProblem(undefined);
    if (!file) return;
    if (!['image/png', 'image/jpeg'].includes(file.type)) {
      setProblem(t('settings.logo.type'));
      return;
    }
    if (file.size > LOGO_MAX_BYTES) {
      setProblem(t('settings.logo.tooBig', { size: formatNumber(Math.ceil(file.size / 1024), locale) }));
      return;
    }
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') onChange(reader.result);
    };
    reader.onerror = () => setProblem(t('settings.logo.read'));
    reader.readAsDataURL(file);
  };
  const shown = problem ?? error;
  return (
    <div className={shown ? 'field field-invalid' : 'field'}>
      <label htmlFor="letterhead-logo">{t('settings.logo')}</label>
      <div className="logo-row">
        {value ? (
          <img src={value} alt={t('settings.logo.preview')} className="logo-preview" />
        ) : (
          <span className="logo-preview logo-empty">{t('settings.logo.none')}</span>
        )}
        <div className="stack-tight">
          <input
            id="letterhead-logo"
            type="file"
            accept="image/png,image/jpeg"
            aria-describedby="letterhead-logo-hint"
            aria-invalid={shown ? true : undefined}
            onChange={(event) => onFile(event.target.files?.[0])}
          />
          {value ? (
            <button type="button" className="button button-small" onClick={() => onChange(null)}>
              {t('settings.logo.remove')}
            </button>
          ) : null}
        </div>
      </div>
      <p id="letterhead-logo-hint" className="field-hint">
        {t('settings.logo.hint')}
      </p>
      {shown ? (
        <p className="field-error" role="alert">
          {shown}
        </p>
      ) : null}
    </div>
  );
}
