import type { ImportKind } from '@sigap/contracts';
import { useT } from '../../lib/i18n';

const KINDS: readonly ImportKind[] = ['residents', 'status'];

/** "Data penduduk lengkap" or "Pembaruan status perekaman", each with a line saying what it does. */
export function ImportKindChoice({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: ImportKind;
  onChange: (kind: ImportKind) => void;
}) {
  const t = useT();
  return (
    <fieldset className="choice-group choice-cards">
      <legend>{t('imports.kind')}</legend>
      {KINDS.map((kind) => {
        const id = `${idPrefix}-${kind}`;
        return (
          <div key={kind} className="choice-card">
            <input
              id={id}
              type="radio"
              name={`${idPrefix}-kind`}
              value={kind}
              checked={value === kind}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(kind)}
            />
            <label htmlFor={id}>{t(`imports.kind.${kind}`)}</label>
            <p id={`${id}-hint`} className="field-hint">
              {t(`imports.kind.${kind}.hint`)}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
