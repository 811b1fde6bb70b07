import type { Report } from '@sigap/contracts';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { reviewReport } from './reports.api';

/** Approve at once, or return with a comment the regency will read beside its report. */
export function ReviewActions({ report, onDone }: { report: Report; onDone: (next: Report) => void }) {
  const t = useT();
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const name = report.regencyName;

  const review = useApiMutation(
    (decision: 'approve' | 'return', key: string) => reviewReport(report.id, decision, comment, key),
    [queryKeys.reports],
  );
  const send = (decision: 'approve' | 'return') => {
    setBusy(true);
    setError(undefined);
    review.run(decision).then(
      (next) => {
        setBusy(false);
        setReturning(false);
        onDone(next);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  const onReturn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send('return');
  };

  if (returning) {
    const id = `return-${report.id}`;
    return (
      <form className="review-form" onSubmit={onReturn}>
        <label htmlFor={id}>{t('reports.returnComment', { name })}</label>
        <textarea id={id} rows={2} required value={comment} onChange={(e) => setComment(e.target.value)} />
        {error ? <ErrorAlert error={error} /> : null}
        <div className="review-buttons">
          <button
            type="submit"
            className="button button-small button-primary"
            disabled={busy || !comment.trim()}
          >
            {t('reports.returnSend')}
          </button>
          <button type="button" className="button button-small" onClick={() => setReturning(false)}>
            {t('users.cancel')}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="review-buttons">
      {report.status !== 'approved' ? (
        <button
          type="button"
          className="button button-small button-primary"
          disabled={busy}
          aria-label={t('reports.approveLabel', { name })}
          onClick={() => send('approve')}
        >
          {t('reports.approve')}
        </button>
      ) : null}
      {report.status !== 'returned' ? (
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          aria-label={t('reports.returnLabel', { name })}
          onClick={() => setReturning(true)}
        >
          {t('reports.return')}
        </button>
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
    </div>
  );
}
