import type { ElectionList, SuketBatchProgress } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { api, withQuery } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys, staleTimes } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';

type Batch = { electionId: number; region: string };
const preview = (b: Batch, key: string) => api.post<{ count: number }>('/v1/sukets/batches/preview', b, key);
const start = (b: Batch, key: string) =>
  api.post<{ jobId: number; total: number }>('/v1/sukets/batches', b, key);

/**
 * Batch issue (e.g. 14 days before voting day): every recorded-but-unprinted voter of a region the rules
 * allow. The officer sees the count first, starts the job, follows its progress and prints one PDF.
 */
export function SuketBatchForm({ scope }: { scope: string }) {
  const t = useT();
  const elections = useApiGet<ElectionList>(queryKeys.elections, '/v1/elections', {
    staleTime: staleTimes.elections,
  });
  const upcoming = (elections.data?.items ?? []).filter((e) => e.votingDate >= officeToday(scope));
  const [region, setRegion] = useState(scope);
  const [count, setCount] = useState<number | null>(null);
  const [jobId, setJobId] = useState<number | null>(null);
  const electionId = upcoming[0]?.id ?? 0;
  const look = useApiMutation(preview);
  const go = useApiMutation(start, [queryKeys.sukets]);
  const progress = useApiGet<SuketBatchProgress>(
    queryKeys.sukets,
    jobId ? withQuery('/v1/sukets/batches/progress', { region, jobId }) : null,
    { refetchInterval: 1500 },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    go.run({ electionId, region }).then(
      (r) => setJobId(r.jobId),
      () => undefined,
    );
  };
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby="suket-batch-title">
      <h2 id="suket-batch-title">{t('suket.batch.title')}</h2>
      <FormField id="suket-batch-region" label={t('suket.verifier.region')}>
        {(c) => <input {...c} value={region} onChange={(e) => setRegion(e.target.value)} />}
      </FormField>
      <div className="actions">
        <button
          type="button"
          className="button secondary"
          disabled={!electionId}
          onClick={() =>
            look.run({ electionId, region }).then(
              (r) => setCount(r.count),
              () => undefined,
            )
          }
        >
          {t('suket.batch.preview')}
        </button>
        <button type="submit" className="button" disabled={!count || go.pending}>
          {t('suket.batch.start')}
        </button>
      </div>
      {count !== null && <p>{t('suket.batch.count', { count })}</p>}
      {progress.data && (
        <p>
          {t('suket.batch.progress', { issued: progress.data.issued, total: progress.data.total })}{' '}
          {progress.data.state === 'done' && <a href={progress.data.pdfUrl}>{t('suket.pdf')}</a>}
        </p>
      )}
      <ErrorAlert error={look.error ?? go.error ?? progress.error} />
    </form>
  );
}
