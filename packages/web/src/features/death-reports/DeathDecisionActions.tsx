import { DeathRejectionBody, type DeathReport } from '@sigap/contracts';
import { useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useCurrentUser } from '../auth/AuthProvider';
import { type DeathDecision, decideDeath, isOwnReport } from './death-reports.api';

type Kind = DeathDecision['kind'];

interface Props {
  report: DeathReport;
  /** After the server recorded the decision (the callers reload what they show). */
  onDecided: (kind: Kind) => void;
}

/**
 * Confirm or reject a pending death report: a second step asks for the note (required to reject, so the
 * reporter learns what to fix). The reporter sees why they cannot decide instead of buttons that fail.
 */
export function DeathDecisionActions({ report, onDecided }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const [kind, setKind] = useState<Kind>();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const decide = useApiMutation(
    (d: DeathDecision, key: string) => decideDeath(report.residentId, d, key),
    [queryKeys.deathReports, queryKeys.residents, queryKeys.dashboard, queryKeys.watchlist],
  );

  if (isOwnReport(report, user.id)) return <p className="muted">{t('death.ownReport')}</p>;
  const id = `death-${report.id}`;
  const open = (next: Kind) => {
    setKind(next);
    setNoteError(undefined);
    decide.reset();
  };

  const send = () => {
    if (!kind) return;
    let decision: DeathDecision;
    if (kind === 'reject') {
      const parsed = DeathRejectionBody.safeParse({ note });
      if (!parsed.success) {
        const [idText = '', enText = idText] = (parsed.error.issues[0]?.message ?? '').split('|');
        setNoteError(locale === 'en' ? enText : idText);
        document.getElementById(`${id}-note`)?.focus();
        return;
      }
      decision = { kind, body: parsed.data };
    } else decision = { kind, body: note.trim() ? { note: note.trim() } : {} };
    setNoteError(undefined);
    decide.run(decision).then(
      () => onDecided(kind),
      (failure: unknown) => setNoteError(fieldErrors(failure, locale).note),
    );
  };

  if (!kind)
    return (
      <div className="form-actions">
        <button type="button" className="button button-primary button-small" onClick={() => open('confirm')}>
          {t('death.confirm')}
        </button>
        <button type="button" className="button button-small" onClick={() => open('reject')}>
          {t('death.reject')}
        </button>
      </div>
    );
  const title = t(kind === 'confirm' ? 'death.confirmTitle' : 'death.rejectTitle', {
    name: report.residentName,
  });
  return (
    <form
      className="stack-tight death-decision"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        send();
      }}
      noValidate
    >
      {decide.error && !noteError ? <ErrorAlert error={decide.error} /> : null}
      {kind === 'confirm' ? <p className="field-hint">{t('death.confirmHint')}</p> : null}
      <FormField
        id={`${id}-note`}
        label={t(kind === 'confirm' ? 'death.confirmNote' : 'death.rejectNote')}
        hint={kind === 'reject' ? t('death.rejectNoteHint') : undefined}
        required={kind === 'reject'}
        error={noteError}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={300}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </FormField>
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={decide.pending}>
          {decide.pending
            ? t('death.sending')
            : t(kind === 'confirm' ? 'death.sendConfirm' : 'death.sendReject')}
        </button>
        <button
          type="button"
          className="button button-ghost button-small"
          disabled={decide.pending}
          onClick={() => setKind(undefined)}
        >
          {t('death.cancel')}
        </button>
      </div>
    </form>
  );
}
