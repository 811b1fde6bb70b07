import type { SkmAnswerBody } from '@sigap/contracts';
import { SKM_ELEMENTS } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { Face } from './Face';

/** Faces beside the words, so the scale reads at a glance on a phone or a kiosk (worst first). */
const LEVELS = [0, 1, 2, 3] as const;

interface SurveyFormProps {
  onSubmit: (body: SkmAnswerBody) => Promise<unknown>;
  pending: boolean;
  error: unknown;
}

/**
 * The nine SKM questions (PermenPANRB 14/2017, @sigap/domain skm.ts), each four answers with a face and
 * the regulation's words, and an optional comment. Sent only when all nine are answered.
 */
export function SurveyForm({ onSubmit, pending, error }: SurveyFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const [answers, setAnswers] = useState<(number | undefined)[]>(Array(9).fill(undefined));
  const [comment, setComment] = useState('');
  const missing = answers.filter((a) => a === undefined).length;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (missing > 0) return;
    void onSubmit({
      answers: answers as number[],
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    }).catch(() => undefined);
  };
  return (
    <form className="skm-form" onSubmit={submit} noValidate>
      {SKM_ELEMENTS.map((el, i) => (
        <fieldset key={el.code} className="skm-question">
          <legend>
            <span className="skm-code">{el.code}</span> {el.question[locale]}
          </legend>
          <div className="skm-options">
            {el.options.map((o, v) => (
              <label key={o.id} className={`skm-option${answers[i] === v + 1 ? ' skm-option-on' : ''}`}>
                <input
                  type="radio"
                  name={el.code}
                  value={v + 1}
                  checked={answers[i] === v + 1}
                  onChange={() => setAnswers((a) => a.map((x, k) => (k === i ? v + 1 : x)))}
                />
                <Face level={LEVELS[v] ?? 0} />
                <span>{o[locale]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="field">
        <label htmlFor="skm-comment">{t('skm.comment')}</label>
        <textarea
          id="skm-comment"
          value={comment}
          maxLength={1000}
          rows={3}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <p className="muted" aria-live="polite">
        {missing > 0 ? t('skm.missing', { n: missing }) : t('skm.ready')}
      </p>
      <button type="submit" className="button button-primary button-block" disabled={missing > 0 || pending}>
        {pending ? t('skm.sending') : t('skm.send')}
      </button>
    </form>
  );
}
