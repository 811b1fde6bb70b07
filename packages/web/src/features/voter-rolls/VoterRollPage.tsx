import type { VoterRoll, VoterRollSummary } from '@sigap/contracts';
import {
  formatNumber,
  VOTER_ROLL_CLASS_LABELS,
  VOTER_ROLL_CLASSES,
  type VoterRollClass,
} from '@sigap/domain';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ProgressBar } from '../../components/ProgressBar';
import { ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { RollSetPanel } from './RollSetPanel';
import { evidenceUrl, rollPath, summaryPath } from './voter-rolls.api';
import './voter-rolls.css';

/**
 * /dpt/:id: the roll's import progress, then its classification summary for a region (counts per class,
 * then per region one level down — a click drills down), and the chosen class's list with its uses.
 */
export function VoterRollPage() {
  const t = useT();
  const { locale } = useLocale();
  const id = Number(useParams().id);
  useDocumentTitle(t('dpt.title'));
  // Polled while the import runs; a finished roll (classified, or failed) no longer changes.
  const [finished, setFinished] = useState(false);
  const rollQ = useApiGet<{ roll: VoterRoll }>(queryKeys.voterRolls, rollPath(id), {
    refetchInterval: finished ? false : 1000,
  });
  const roll = rollQ.data?.roll;
  const ended = !!roll && (!!roll.classifiedAt || roll.job.status === 'failed');
  useEffect(() => {
    if (ended) setFinished(true);
  }, [ended]);
  const [region, setRegion] = useState<string | undefined>(undefined);
  const [cls, setCls] = useState<VoterRollClass | null>(null);
  const summary = useApiGet<VoterRollSummary>(
    queryKeys.voterRolls,
    roll?.classifiedAt ? summaryPath(id, region) : null,
  );
  const n = (v: number) => formatNumber(v, locale);
  const label = (c: VoterRollClass) => VOTER_ROLL_CLASS_LABELS[c][locale];
  const s = summary.data;
  return (
    <section className="page">
      <header className="page-header">
        <h1>{roll?.name ?? t('dpt.title')}</h1>
        {roll && (
          <p className="muted">
            {roll.election.name} · {roll.regionName ?? roll.regionCode} ·{' '}
            {t('dpt.rows', { count: n(roll.job.rowsDone) })}
            {roll.job.rejected > 0 && (
              <>
                {' · '}
                <a href={`/impor/${roll.job.id}`}>{t('dpt.rejected', { count: n(roll.job.rejected) })}</a>
              </>
            )}
          </p>
        )}
      </header>
      <ErrorAlert error={rollQ.error ?? summary.error} onRetry={rollQ.reload} />
      {rollQ.loading && <Loading />}
      {roll && !roll.classifiedAt && roll.job.status !== 'failed' && (
        <div className="card stack">
          <p id="dpt-running">{t('dpt.running')}</p>
          <ProgressBar value={roll.job.progress} labelledBy="dpt-running" />
        </div>
      )}
      {roll?.job.status === 'failed' && (
        <p className="error">{locale === 'en' ? roll.job.messageEn : roll.job.message}</p>
      )}
      {s && (
        <>
          <h2>
            {t('dpt.summary.title', { region: s.region.name ?? s.region.code })}
            {region && (
              <button type="button" className="button link" onClick={() => setRegion(undefined)}>
                {t('dpt.summary.up')}
              </button>
            )}
          </h2>
          <ul className="dpt-classes" aria-label={t('dpt.summary.title', { region: s.region.code })}>
            {VOTER_ROLL_CLASSES.map((c) => (
              <li key={c}>
                <button
                  type="button"
                  className={cls === c ? 'button' : 'button secondary'}
                  aria-pressed={cls === c}
                  data-class={c}
                  onClick={() => setCls(c)}
                >
                  {label(c)}: <strong>{n(s.counts[c] ?? 0)}</strong>
                </button>
              </li>
            ))}
          </ul>
          <p>
            <a href={evidenceUrl(id, 'xlsx', region)}>{t('dpt.evidence.xlsx')}</a>
            {' · '}
            <a href={evidenceUrl(id, 'pdf', region)}>{t('dpt.evidence.pdf')}</a>
          </p>
          <TableWrap label={t('dpt.summary.byRegion')}>
            <table className="table">
              <thead>
                <tr>
                  <th>{t('dpt.col.region')}</th>
                  <th>{t('dpt.col.total')}</th>
                  {VOTER_ROLL_CLASSES.map((c) => (
                    <th key={c}>{label(c)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.code}>
                    <td>
                      {r.code !== s.region.code && r.level !== 'village' ? (
                        <button type="button" className="button link" onClick={() => setRegion(r.code)}>
                          {r.name ?? r.code}
                        </button>
                      ) : (
                        (r.name ?? t('dpt.summary.noVillage'))
                      )}
                    </td>
                    <td>{n(r.total)}</td>
                    {VOTER_ROLL_CLASSES.map((c) => (
                      <td key={c}>{n(r.counts[c] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          {cls && <RollSetPanel rollId={id} cls={cls} region={region ?? s.region.code} />}
        </>
      )}
    </section>
  );
}
