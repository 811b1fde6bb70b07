import type {
  OutreachSiteList,
  ServicePointList,
  UseVoterRollSetReply,
  VoterRollRowsPage,
} from '@sigap/contracts';
import {
  addDays,
  formatDateShort,
  officeToday,
  VOTER_ROLL_CLASS_LABELS,
  type VoterRollClass,
} from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { z } from 'zod';
import { DateField } from '../../components/DateField';
import { Pagination } from '../../components/Pagination';
import { EmptyState, ErrorAlert, Loading } from '../../components/Status';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { sitesPath } from '../outreach/outreach.api';
import { SERVICE_POINTS_PATH } from '../service-points/service-points.api';
import { applyRollSet, rowsPath, rowsXlsxUrl } from './voter-rolls.api';

type Page = z.infer<typeof VoterRollRowsPage>;

/** The rows of one class in a region (NIK masked), its XLSX, and its one-click uses. */
export function RollSetPanel({
  rollId,
  cls,
  region,
}: {
  rollId: number;
  cls: VoterRollClass;
  region: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [page, setPage] = useState(1);
  const rows = useApiGet<Page>(queryKeys.voterRolls, rowsPath(rollId, cls, region, page));
  const points = useApiGet<ServicePointList>(queryKeys.servicePoints, SERVICE_POINTS_PATH);
  const start = addDays(officeToday(region), 1);
  const [pointId, setPointId] = useState<number | null>(null);
  const [from, setFrom] = useState(start);
  const [to, setTo] = useState(addDays(start, 6));
  const invite = useApiMutation(applyRollSet, [queryKeys.bookings, queryKeys.outreach]);
  const [done, setDone] = useState<UseVoterRollSetReply | null>(null);
  const point = pointId ?? points.data?.items[0]?.id ?? null;
  // Outreach sites of the roll's region: the set can become one site's target list.
  const sites = useApiGet<OutreachSiteList>(queryKeys.outreach, sitesPath(region));
  const [siteId, setSiteId] = useState<number | null>(null);
  const site = siteId ?? sites.data?.items[0]?.id ?? null;
  const toOutreach = () => {
    if (!site) return;
    invite
      .run({ id: rollId, cls, body: { as: 'outreach', region, siteId: site } })
      .then(setDone, () => undefined);
  };
  const withResidents = cls !== 'unknown_nik' && cls !== 'duplicate_nik';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!point) return;
    invite
      .run({ id: rollId, cls, body: { as: 'invitations', region, pointId: point, from, to } })
      .then(setDone, () => undefined);
  };
  return (
    <div className="stack">
      <h2>
        {VOTER_ROLL_CLASS_LABELS[cls][locale]}{' '}
        <a href={rowsXlsxUrl(rollId, cls, region)}>{t('dpt.set.xlsx')}</a>
      </h2>
      <ErrorAlert error={rows.error} onRetry={rows.reload} />
      {rows.loading && <Loading />}
      {rows.data && rows.data.total === 0 && <EmptyState>{t('dpt.set.empty')}</EmptyState>}
      {rows.data && rows.data.total > 0 && (
        <TableWrap label={VOTER_ROLL_CLASS_LABELS[cls][locale]}>
          <table className="table">
            <thead>
              <tr>
                <th>{t('dpt.col.line')}</th>
                <th>{t('dpt.col.name')}</th>
                <th>NIK</th>
                <th>{t('dpt.col.birth')}</th>
                <th>L/P</th>
                <th>TPS</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.items.map((r) => (
                <tr key={`${r.line ?? 'r'}-${r.nikMasked}-${r.fullName}`}>
                  <td>{r.line ?? '—'}</td>
                  <td>{r.fullName}</td>
                  <td>{r.nikMasked}</td>
                  <td>{formatDateShort(r.birthDate, locale)}</td>
                  <td>{r.sex}</td>
                  <td>{r.tps ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {rows.data && rows.data.total > rows.data.pageSize && (
        <Pagination page={page} pageSize={rows.data.pageSize} total={rows.data.total} onPage={setPage} />
      )}
      {withResidents && (rows.data?.total ?? 0) > 0 && (
        <form className="card stack" onSubmit={submit} aria-labelledby="dpt-use-title">
          <h3 id="dpt-use-title">{t('dpt.use.title')}</h3>
          <div className="field">
            <label htmlFor="dpt-point">{t('dpt.use.point')}</label>
            <select id="dpt-point" value={point ?? ''} onChange={(e) => setPointId(Number(e.target.value))}>
              {points.data?.items.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dpt-from">{t('dpt.use.from')}</label>
            <DateField id="dpt-from" value={from} onChange={setFrom} />
          </div>
          <div className="field">
            <label htmlFor="dpt-to">{t('dpt.use.to')}</label>
            <DateField id="dpt-to" value={to} min={from} onChange={setTo} />
          </div>
          <ErrorAlert error={invite.error} />
          <div className="actions">
            <button type="submit" className="button" disabled={!point || invite.pending}>
              {t('dpt.use.invitations')}
            </button>
          </div>
          <div className="field">
            <label htmlFor="dpt-site">{t('dpt.use.site')}</label>
            {sites.data && sites.data.items.length === 0 ? (
              <p className="muted" id="dpt-outreach-why">
                {t('dpt.use.noSite')} <Link to="/jemput-bola">{t('dpt.use.addSite')}</Link>
              </p>
            ) : (
              <select id="dpt-site" value={site ?? ''} onChange={(e) => setSiteId(Number(e.target.value))}>
                {sites.data?.items.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            )}
          </div>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              disabled={!site || invite.pending}
              onClick={toOutreach}
            >
              {t('dpt.use.outreach')}
            </button>
          </div>
          {done?.as === 'invitations' && (
            <p role="status">
              {t('dpt.use.done', { batch: done.batchId, assigned: done.assigned, skipped: done.skipped })}
            </p>
          )}
          {done?.as === 'outreach' && (
            <p role="status">
              {t('dpt.use.outreachDone', { rows: done.rows, targets: done.targets, outside: done.outside })}{' '}
              <Link to={`/jemput-bola/lokasi/${done.siteId}`}>{t('dpt.use.openSite')}</Link>
            </p>
          )}
        </form>
      )}
    </div>
  );
}
