import type {
  OutreachSiteList,
  OutreachTargetList,
  RosterImportReply,
  VisitResources,
} from '@sigap/contracts';
import { addDays, formatNumber, officeToday, roleMay } from '@sigap/domain';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { DateField } from '../../components/DateField';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { fileToBase64, importRoster, planVisit, resourcesPath, sitesPath, targetsPath } from './outreach.api';
import './outreach.css';

/** One site: its roster (schools, prisons), who a visit would reach, and planning a visit. */
export function SitePage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  const siteId = Number(useParams().id);
  const sites = useApiGet<OutreachSiteList>(queryKeys.outreach, sitesPath(user.regionCode));
  const site = sites.data?.items.find((s) => s.id === siteId);
  useDocumentTitle(t('outreach.site.title', { name: site?.name ?? '' }));
  const [showTargets, setShowTargets] = useState(false);
  const targets = useApiGet<OutreachTargetList>(queryKeys.outreach, showTargets ? targetsPath(siteId) : null);
  const canPlan = roleMay(user.role, 'outreach.plan');
  if (sites.error) return <ErrorAlert error={sites.error} />;
  if (!site) return <Loading />;
  return (
    <section className="page outreach">
      <header className="page-header">
        <h1>{t('outreach.site.title', { name: site.name })}</h1>
        <p className="muted">
          {t(`outreach.kind.${site.kind}`)} · {site.address} · {site.villageName ?? site.villageCode}
        </p>
      </header>
      {canPlan && (site.kind === 'school' || site.kind === 'prison') ? <RosterForm siteId={siteId} /> : null}
      <section className="card stack-tight" aria-labelledby="targets-title">
        <h2 id="targets-title">{t('outreach.targets.title')}</h2>
        {!showTargets ? (
          <button type="button" className="button secondary" onClick={() => setShowTargets(true)}>
            {t('outreach.targets.show')}
          </button>
        ) : null}
        {targets.error ? <ErrorAlert error={targets.error} /> : null}
        {targets.data ? (
          <>
            <p>
              {t('outreach.targets.total', {
                n: formatNumber(targets.data.total, locale),
                cap: targets.data.cap,
              })}
            </p>
            <ul className="outreach-list" data-testid="site-targets">
              {targets.data.items.slice(0, 200).map((p) => (
                <li key={p.residentId}>
                  {p.fullName}{' '}
                  <span className="muted">
                    {p.nikMasked} · {t(`outreach.reason.${p.reason}`)}
                    {p.className ? ` · ${p.className}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      {canPlan ? <PlanForm siteId={siteId} region={site.villageCode} /> : null}
    </section>
  );
}

function RosterForm({ siteId }: { siteId: number }) {
  const t = useT();
  const [file, setFile] = useState<File>();
  const [result, setResult] = useState<RosterImportReply>();
  const upload = useApiMutation(importRoster, [queryKeys.outreach]);
  return (
    <form
      className="card stack-tight"
      aria-labelledby="roster-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!file) return;
        void fileToBase64(file)
          .then((contentBase64) => upload.run({ siteId, fileName: file.name, contentBase64 }))
          .then(setResult, () => undefined);
      }}
    >
      <h2 id="roster-title">{t('outreach.roster.title')}</h2>
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
      <div className="field">
        <label htmlFor="roster-file">{t('outreach.roster.file')}</label>
        <input
          id="roster-file"
          type="file"
          accept=".csv,.xlsx"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
      </div>
      <button type="submit" className="button" disabled={!file || upload.pending}>
        {t('outreach.roster.upload')}
      </button>
      {result ? (
        <div role="status" className="stack-tight">
          <p>
            {t('outreach.roster.result', {
              rows: result.rows,
              matched: result.matched,
              targets: result.targets,
            })}
          </p>
          {result.unmatched.length > 0 ? (
            <>
              <h3>{t('outreach.roster.unmatched')}</h3>
              <ul className="outreach-list">
                {result.unmatched.map((u) => (
                  <li key={u.line}>
                    {t('outreach.roster.line')} {u.line}: {u.fullName} ({u.nik}) — {u.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}

function PlanForm({ siteId, region }: { siteId: number; region: string }) {
  const t = useT();
  const navigate = useNavigate();
  const today = officeToday(region);
  const [date, setDate] = useState(addDays(today, 1));
  const [start, setStart] = useState('08:00');
  const [end, setEnd] = useState('12:00');
  const [team, setTeam] = useState<number[]>([]);
  const [kit, setKit] = useState<number[]>([]);
  const [notes, setNotes] = useState('');
  const resources = useApiGet<VisitResources>(queryKeys.outreach, date ? resourcesPath(siteId, date) : null);
  const plan = useApiMutation(planVisit, [queryKeys.outreach]);
  const toggle = (list: number[], id: number) =>
    list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
  return (
    <form
      className="card stack-tight"
      aria-labelledby="plan-title"
      onSubmit={(e) => {
        e.preventDefault();
        plan
          .run({
            siteId,
            body: {
              visitDate: date,
              startTime: start,
              endTime: end,
              teamUserIds: team,
              equipmentItemIds: kit,
              notes,
            },
          })
          .then(
            (r) => navigate(`/jemput-bola/kunjungan/${r.visit.id}`),
            () => undefined,
          );
      }}
    >
      <h2 id="plan-title">{t('outreach.plan.title')}</h2>
      {plan.error ? <ErrorAlert error={plan.error} /> : null}
      <div className="field">
        <label htmlFor="plan-date">{t('outreach.plan.date')}</label>
        <DateField id="plan-date" value={date} onChange={setDate} min={today} />
      </div>
      <div className="reserve-dates">
        <div className="field">
          <label htmlFor="plan-start">{t('outreach.plan.start')}</label>
          <input
            id="plan-start"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            inputMode="numeric"
          />
        </div>
        <div className="field">
          <label htmlFor="plan-end">{t('outreach.plan.end')}</label>
          <input id="plan-end" value={end} onChange={(e) => setEnd(e.target.value)} inputMode="numeric" />
        </div>
      </div>
      <fieldset>
        <legend>{t('outreach.plan.team')}</legend>
        {resources.data?.officers.map((o) => (
          <label key={o.userId} className="check">
            <input
              type="checkbox"
              checked={team.includes(o.userId)}
              onChange={() => setTeam(toggle(team, o.userId))}
            />{' '}
            {o.fullName}
            {o.busy ? <span className="muted"> ({t('outreach.plan.busy')})</span> : null}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('outreach.plan.equipment')}</legend>
        {resources.data && resources.data.equipment.length === 0 ? (
          <p className="muted">{t('outreach.plan.noEquipment')}</p>
        ) : null}
        {resources.data?.equipment.map((i) => (
          <label key={i.itemId} className="check">
            <input
              type="checkbox"
              checked={kit.includes(i.itemId)}
              onChange={() => setKit(toggle(kit, i.itemId))}
            />{' '}
            {i.name} ({i.tag}){i.busy ? <span className="muted"> ({t('outreach.plan.busy')})</span> : null}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="plan-notes">{t('outreach.plan.notes')}</label>
        <input id="plan-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={plan.pending || team.length === 0}>
        {t('outreach.plan.submit')}
      </button>
    </form>
  );
}
