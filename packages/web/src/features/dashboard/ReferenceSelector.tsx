import type { Election } from '@sigap/contracts';
import { addDays, EARLIEST_REFERENCE_DATE, formatDateShort } from '@sigap/domain';
import { DateField } from '../../components/DateField';
import { useLocale, useT } from '../../lib/i18n';
import type { Reference } from './coverage.api';

interface ReferenceSelectorProps {
  elections: Election[];
  value: Reference;
  onChange: (next: Reference) => void;
  today: string;
}

/**
 * Measure against today, an election's voting day (wajib KTP counts those who turn 17 by then) or a chosen
 * date. Simulated elections are marked "[Demo]".
 */
export function ReferenceSelector({ elections, value, onChange, today }: ReferenceSelectorProps) {
  const t = useT();
  const { locale } = useLocale();
  const selected = value.kind === 'election' ? String(value.id) : value.date === today ? 'today' : 'date';
  return (
    <div className="reference-selector">
      <div className="field">
        <label htmlFor="reference-kind">{t('cc.reference')}</label>
        <select
          id="reference-kind"
          value={selected}
          onChange={(event) => {
            const next = event.target.value;
            onChange(
              next === 'today'
                ? { kind: 'date', date: today }
                : next === 'date'
                  ? // A chosen date starts at yesterday's close, so it is told apart from "today".
                    { kind: 'date', date: addDays(today, -1) }
                  : { kind: 'election', id: Number(next) },
            );
          }}
        >
          <option value="today">{t('cc.today', { date: formatDateShort(today, locale) })}</option>
          {elections.map((e) => (
            <option key={e.id} value={e.id}>
              {t(e.demo ? 'cc.electionOptionDemo' : 'cc.electionOption', {
                name: e.name,
                date: formatDateShort(e.votingDate, locale),
              })}
            </option>
          ))}
          <option value="date">{t('cc.referenceDate')}</option>
        </select>
      </div>
      {selected === 'date' && value.kind === 'date' ? (
        <div className="field">
          <label htmlFor="reference-date">{t('cc.date')}</label>
          <DateField
            id="reference-date"
            min={EARLIEST_REFERENCE_DATE}
            value={value.date}
            // The counters answer from 2011 only; DateField refuses earlier dates with a message.
            onChange={(date) => {
              if (date) onChange({ kind: 'date', date });
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
