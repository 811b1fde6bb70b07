import type { PackTarget } from '@sigap/contracts';
import {
  normaliseNik,
  OUTREACH_OUTCOMES,
  type OutreachOutcome,
  officeToday,
  validateNik,
} from '@sigap/domain';
import { useState } from 'react';
import { useLocale, useT } from '../../lib/i18n';

interface Props {
  targets: readonly PackTarget[];
  onSave: (nik: string, name: string, outcome: OutreachOutcome, note: string) => Promise<unknown>;
}

/**
 * Someone who comes without being on the list: the NIK is checked on the device with the registry's own
 * rules (@sigap/domain), and a NIK already in the pack is flagged so the person is not counted twice.
 */
export function WalkInForm({ targets, onSave }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [nik, setNik] = useState('');
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<OutreachOutcome>('recorded');
  const [note, setNote] = useState('');
  const digits = normaliseNik(nik);
  const check = digits ? validateNik(digits, { referenceDate: officeToday('ID') }) : undefined;
  const problem =
    check && !check.ok
      ? check.errors.map((e) => (locale === 'en' ? e.messageEn : e.message)).join(' ')
      : undefined;
  const duplicate = targets.find((x) => x.nik === digits);
  const ready = check?.ok === true && !duplicate && name.trim().length > 0;
  return (
    <form
      className="card stack-tight"
      aria-labelledby="walkin-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready) return;
        void onSave(digits, name.trim().toUpperCase(), outcome, note).then(() => {
          setNik('');
          setName('');
          setNote('');
        });
      }}
    >
      <h2 id="walkin-title">{t('field.walkIn.title')}</h2>
      <div className="field">
        <label htmlFor="walkin-nik">{t('field.walkIn.nik')}</label>
        <input
          id="walkin-nik"
          inputMode="numeric"
          value={nik}
          onChange={(e) => setNik(e.target.value)}
          aria-invalid={problem || duplicate ? true : undefined}
          aria-describedby="walkin-nik-problem"
        />
        <p
          id="walkin-nik-problem"
          className="field-attention"
          role={problem || duplicate ? 'alert' : undefined}
        >
          {problem ?? (duplicate ? t('field.walkIn.duplicate', { name: duplicate.fullName }) : '')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="walkin-name">{t('field.walkIn.name')}</label>
        <input id="walkin-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="walkin-outcome">{t('field.walkIn.outcome')}</label>
        <select
          id="walkin-outcome"
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as OutreachOutcome)}
        >
          {OUTREACH_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`field.outcome.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="walkin-note">{t('field.note')}</label>
        <input id="walkin-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={!ready}>
        {t('field.walkIn.save')}
      </button>
    </form>
  );
}
