import { formatDateLong } from '@sigap/domain';
import { useEffect, useState } from 'react';
import { useT } from '../lib/i18n';
import { parseDayMonthYear, toDayMonthYear } from './date-text';

interface DateFieldProps {
  id: string;
  /** ISO `yyyy-mm-dd`, or '' for no date. */
  value: string;
  onChange: (iso: string) => void;
  min?: string;
  max?: string;
  /** Told whenever the typed text becomes unusable (a message) or usable again (undefined), so a form can
   * refuse to save while the field shows text it did not pass on. */
  onProblemChange?: (problem: string | undefined) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A date typed as dd/mm/yyyy in every browser language, with the long Indonesian form ("Rabu, 14 Februari
 * 2024") beside it so a clerk can check the day. Typing is checked strictly when the field is left: an
 * impossible or out-of-range date gets a message and is not passed on (the last good value stays).
 */
export function DateField({ id, value, onChange, min, max, onProblemChange, ...aria }: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(() => toDayMonthYear(value));
  const [problem, setProblemState] = useState<string>();
  const setProblem = (next: string | undefined): void => {
    setProblemState(next);
    onProblemChange?.(next);
  };

  // Follow the value when it changes from outside (a reset, a URL change), not while it matches the text.
  useEffect(() => {
    setText((current) => (parseDayMonthYear(current) === value ? current : toDayMonthYear(value)));
  }, [value]);

  const problemWith = (iso: string | undefined): string | undefined => {
    if (!iso) return t('date.invalid');
    if (min && iso < min) return t('date.tooEarly', { date: toDayMonthYear(min) });
    if (max && iso > max) return t('date.tooLate', { date: toDayMonthYear(max) });
    return undefined;
  };

  const check = (next: string): void => {
    const iso = next.trim() === '' ? '' : parseDayMonthYear(next);
    const found = iso === '' ? undefined : problemWith(iso);
    setProblem(found);
    if (!found && iso !== undefined && iso !== value) onChange(iso);
  };

  const problemId = `${id}-date-problem`;
  const describedBy = [aria['aria-describedby'], problem ? problemId : undefined].filter(Boolean).join(' ');
  const shown = parseDayMonthYear(text);
  return (
    <span className="date-field">
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.placeholder')}
        value={text}
        aria-invalid={problem ? true : aria['aria-invalid']}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          setText(event.target.value);
          // A complete, valid date is passed on at once so filters react without leaving the field.
          const iso = parseDayMonthYear(event.target.value);
          if (iso && !problemWith(iso)) {
            setProblem(undefined);
            if (iso !== value) onChange(iso);
          }
        }}
        onBlur={(event) => check(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') check(event.currentTarget.value);
        }}
      />
      {shown ? <span className="date-field-long">{formatDateLong(shown, 'id')}</span> : null}
      {problem ? (
        <span id={problemId} className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
