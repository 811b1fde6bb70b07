import type { ElectionList, SuketEligibilityReply, SuketView } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useAuth } from '../auth/AuthProvider';
import { SendByHand } from './SendByHand';
import { issueSuket, suketEligibility } from './sukets.api';

/**
 * Issue one suket: the resident (by id, prefilled from the resident page's link) and the election; "check"
 * shows every reason the rules refuse, in the officer's language, before anything is issued.
 */
export function SuketIssueForm() {
  const t = useT();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const { user } = useAuth();
  const [residentId, setResidentId] = useState(params.get('resident') ?? '');
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const upcoming = (elections.data?.items ?? []).filter(
    (e) => e.votingDate >= officeToday(user?.regionCode ?? 'ID'),
  );
  const [electionId, setElectionId] = useState('');
  const chosen = electionId || String(upcoming[0]?.id ?? '');
  const [eligibility, setEligibility] = useState<SuketEligibilityReply | null>(null);
  const [issued, setIssued] = useState<SuketView | null>(null);
  const check = useApiMutation(suketEligibility);
  const issue = useApiMutation(issueSuket, [queryKeys.sukets]);
  const vars = () => ({ residentId: Number(residentId), electionId: Number(chosen) });
  const onCheck = () => {
    setIssued(null);
    check.run(vars()).then(setEligibility, () => undefined);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.run(vars()).then(
      (r) => {
        setIssued(r.suket);
        setEligibility(null);
      },
      () => undefined,
    );
  };
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby="suket-issue-title">
      <h2 id="suket-issue-title">{t('suket.issue.title')}</h2>
      <FormField id="suket-resident" label={t('suket.issue.resident')} required>
        {(c) => (
          <input
            {...c}
            inputMode="numeric"
            value={residentId}
            onChange={(e) => setResidentId(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="suket-election" label={t('suket.issue.election')} required>
        {(c) => (
          <select {...c} value={chosen} onChange={(e) => setElectionId(e.target.value)}>
            {upcoming.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name} ({e.votingDate})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          onClick={onCheck}
          disabled={!residentId || !chosen}
        >
          {t('suket.issue.check')}
        </button>
        <button type="submit" className="button" disabled={!residentId || !chosen || issue.pending}>
          {t('suket.issue.submit')}
        </button>
      </div>
      {eligibility &&
        (eligibility.refusals.length === 0 ? (
          <SuccessNote>{t('suket.issue.ok')}</SuccessNote>
        ) : (
          <ul className="suket-refusals" data-testid="suket-refusals">
            {eligibility.refusals.map((r) => (
              <li key={r.code}>{locale === 'en' ? r.messageEn : r.message}</li>
            ))}
          </ul>
        ))}
      <ErrorAlert error={check.error ?? issue.error} />
      {issued && (
        <SuccessNote>
          {t('suket.issue.done', { number: issued.number })}{' '}
          <a href={issued.pdfUrl} target="_blank" rel="noreferrer" data-testid="suket-pdf">
            {t('suket.pdf')}
          </a>{' '}
          <a href={issued.verifyUrl}>{t('suket.verify.title')}</a> <SendByHand suketId={issued.id} />
        </SuccessNote>
      )}
    </form>
  );
}
