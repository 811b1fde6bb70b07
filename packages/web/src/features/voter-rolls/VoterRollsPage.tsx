import type { ElectionList, VoterRoll } from '@sigap/contracts';
import { formatDateTime } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { FormField } from '../../components/FormField';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAuth } from '../auth/AuthProvider';
import { startRoll, VOTER_ROLLS_PATH } from './voter-rolls.api';

/** /dpt: import a voter-roll extract for an election and region, and the rolls of the user's scope. */
export function VoterRollsPage() {
  const t = useT();
  useDocumentTitle(t('dpt.title'));
  const { locale } = useLocale();
  const { user } = useAuth();
  const navigate = useNavigate();
  const rolls = useApiGet<{ items: VoterRoll[] }>(queryKeys.voterRolls, VOTER_ROLLS_PATH);
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const [file, setFile] = useState<File | null>(null);
  const [electionId, setElectionId] = useState<number | null>(null);
  const [region, setRegion] = useState(user?.regionCode ?? '');
  const start = useApiMutation(startRoll, [queryKeys.voterRolls]);
  const chosenElection = electionId ?? elections.data?.items[0]?.id ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file || !chosenElection) return;
    start.run({ file, electionId: chosenElection, region }).then(
      (roll) => navigate(`/dpt/${roll.id}`),
      () => undefined,
    );
  };
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('dpt.title')}</h1>
        <p className="muted">{t('dpt.intro')}</p>
      </header>
      <form className="stack card" onSubmit={submit} noValidate aria-labelledby="dpt-import-title">
        <h2 id="dpt-import-title">{t('dpt.import.title')}</h2>
        <FormField id="dpt-file" label={t('dpt.import.file')} hint={t('dpt.import.fileHint')} required>
          {(c) => (
            <input
              {...c}
              type="file"
              accept=".csv,.xlsx"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField id="dpt-election" label={t('dpt.import.election')} required>
          {(c) => (
            <select
              {...c}
              value={chosenElection ?? ''}
              onChange={(e) => setElectionId(Number(e.target.value))}
            >
              {elections.data?.items.map((el) => (
                <option key={el.id} value={el.id}>
                  {el.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="dpt-region" label={t('dpt.import.region')} required>
          {(c) => <input {...c} value={region} onChange={(e) => setRegion(e.target.value.trim())} />}
        </FormField>
        <ErrorAlert error={start.error} />
        <div className="actions">
          <button type="submit" className="button" disabled={!file || !chosenElection || start.pending}>
            {start.pending ? t('dpt.import.sending') : t('dpt.import.submit')}
          </button>
        </div>
      </form>
      <h2>{t('dpt.list.title')}</h2>
      <ErrorAlert error={rolls.error} onRetry={rolls.reload} />
      {rolls.loading && <Loading />}
      {rolls.data && rolls.data.items.length === 0 && <EmptyState>{t('dpt.list.empty')}</EmptyState>}
      {rolls.data && rolls.data.items.length > 0 && (
        <TableWrap label={t('dpt.list.title')}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('dpt.col.name')}</th>
                <th>{t('dpt.col.region')}</th>
                <th>{t('dpt.col.rows')}</th>
                <th>{t('dpt.col.status')}</th>
                <th>{t('dpt.col.created')}</th>
              </tr>
            </thead>
            <tbody>
              {rolls.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/dpt/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{r.regionName ?? r.regionCode}</td>
                  <td>{r.job.rowsDone}</td>
                  <td>{r.classifiedAt ? t('dpt.status.classified') : t(`dpt.status.${r.job.status}`)}</td>
                  <td>{formatDateTime(new Date(r.createdAt), locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
