import type { Election, ElectionList, ElectionReply, UpdateElectionBody } from '@sigap/contracts';
import { formatDateShort, formatPercent, isWithinScope } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, Loading, SuccessNote } from '../../components/Status';
import { api } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';

function saveTarget(id: number, target: number, idempotencyKey?: string): Promise<ElectionReply> {
  const body: UpdateElectionBody = { target };
  return api.patch<ElectionReply>(`/v1/elections/${id}`, body, idempotencyKey);
}

/** One election's target, in percent on screen and as a share (0–1] on the wire. */
function TargetRow({ election, scope }: { election: Election; scope: string }) {
  const t = useT();
  const { locale } = useLocale();
  const [percent, setPercent] = useState(String(Math.round(election.target * 1000) / 10));
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<number>();
  const [error, setError] = useState<unknown>();
  const save = useApiMutation(
    (target: number, key: string) => saveTarget(election.id, target, key),
    [queryKeys.elections, queryKeys.dashboard],
  );
  // Like adding one: only an election whose every region lies inside the admin's scope.
  const editable = election.regionCodes.every((c) => isWithinScope(scope, c));
  const id = `election-target-${election.id}`;
  const label = `${election.name} (${formatDateShort(election.votingDate, locale)})${election.demo ? ' [Demo]' : ''}`;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = Number(percent.replace(',', '.')) / 100;
    setBusy(true);
    setSaved(undefined);
    setError(undefined);
    save.run(target).then(
      () => {
        setBusy(false);
        setSaved(target);
      },
      (failure: unknown) => {
        setBusy(false);
        setError(failure);
      },
    );
  };
  return (
    <form className="stack-tight" onSubmit={onSubmit} data-testid={id}>
      <label htmlFor={id}>{t('elections.targetLabel', { name: label })}</label>
      {error ? <ErrorAlert error={error} /> : null}
      {saved !== undefined ? (
        <SuccessNote>
          {t('elections.saved', { name: election.name, target: formatPercent(saved, locale, 1) })}
        </SuccessNote>
      ) : null}
      <div className="toolbar">
        <input
          id={id}
          type="number"
          min={1}
          max={100}
          step={0.1}
          value={percent}
          disabled={!editable}
          onChange={(e) => setPercent(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy || !editable}>
          {busy ? t('users.saving') : t('elections.save')}
        </button>
      </div>
      {editable ? null : <p className="muted">{t('elections.notYours')}</p>}
    </form>
  );
}

/** The elections admin's target per election (default 100 %): "Sisa menuju target" and the forecast use it. */
export function ElectionTargetsForm({ scope }: { scope: string }) {
  const t = useT();
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  return (
    <section className="panel stack" aria-labelledby="election-targets-title">
      <h2 id="election-targets-title">{t('elections.targets')}</h2>
      <p className="muted">{t('elections.targetsIntro')}</p>
      {elections.loading ? <Loading /> : null}
      {elections.error ? <ErrorAlert error={elections.error} onRetry={elections.reload} /> : null}
      {elections.data?.items.map((e) => (
        <TargetRow key={e.id} election={e} scope={scope} />
      ))}
    </section>
  );
}
