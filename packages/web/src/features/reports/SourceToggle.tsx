import type { ReportSource } from '@sigap/contracts';
import { useT } from '../../lib/i18n';

/** "Gunakan data Sigap" (counted figures locked to Sigap's) or "Isi manual" (type every figure). */
export function SourceToggle({
  value,
  onChange,
}: {
  value: ReportSource;
  onChange: (next: ReportSource) => void;
}) {
  const t = useT();
  return (
    <fieldset className="choice-group source-toggle">
      <legend>{t('reports.source')}</legend>
      {(['sigap', 'manual'] as const).map((option) => (
        <div key={option} className="field-check">
          <input
            type="radio"
            id={`report-source-${option}`}
            name="report-source"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <label htmlFor={`report-source-${option}`}>
            {t(option === 'sigap' ? 'reports.source.useSigap' : 'reports.source.useManual')}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
