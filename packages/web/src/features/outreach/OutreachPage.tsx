import type { OutreachSiteList, OutreachSuggestionList, OutreachVisitList } from '@sigap/contracts';
import {
  addDays,
  formatDateLong,
  formatNumber,
  OUTREACH_SITE_KINDS,
  officeToday,
  regionLevel,
  roleMay,
} from '@sigap/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionPicker } from '../regions/RegionPicker';
import { DevicesCard } from './DevicesCard';
import { createSite, sitesPath, suggestionsPath, visitsPath } from './outreach.api';
import './outreach.css';

/** A regency (or below) to plan in: the user's own scope, cut to its regency when deeper. */
function defaultRegion(scope: string): string {
  const level = regionLevel(scope);
  return level === 'district' || level === 'village' ? scope.split('.').slice(0, 2).join('.') : scope;
}

function choosesRegion(scope: string): boolean {
  const level = regionLevel(scope);
  return level === 'country' || level === 'province';
}

/** "Jemput bola": sites of a regency, where a visit reaches most people, and the visit calendar. */
export function OutreachPage() {
  const t = useT();
  const { locale } = useLocale();
  const user = useCurrentUser();
  useDocumentTitle(t('outreach.title'));
  const [region, setRegion] = useState(() => defaultRegion(user.regionCode));
  const today = officeToday(region);
  const sites = useApiGet<OutreachSiteList>(queryKeys.outreach, sitesPath(region));
  // Suggestions are counted per regency (or below): a province would mean scanning every village in it.
  const level = regionLevel(region);
  const ranked = level === 'regency' || level === 'district' || level === 'village';
  const suggest = useApiGet<OutreachSuggestionList>(
    queryKeys.outreach,
    ranked ? suggestionsPath(region) : null,
  );
  const visits = useApiGet<OutreachVisitList>(
    queryKeys.outreach,
    visitsPath(region, addDays(today, -30), addDays(today, 60)),
  );
  const canPlan = roleMay(user.role, 'outreach.plan');
  return (
    <section className="page outreach">
      <header className="page-header">
        <h1>{t('outreach.title')}</h1>
        <p className="muted">{t('outreach.intro')}</p>
      </header>
      {/* Province and national staff choose where to plan; a regency's staff and below plan their own regency. */}
      {choosesRegion(user.regionCode) ? (
        <RegionPicker
          idPrefix="outreach-region"
          legend={t('outreach.region')}
          scopeCode={user.regionCode}
          value={region}
          onChange={setRegion}
          placeholder="all"
        />
      ) : null}
      <section className="card stack-tight" aria-labelledby="visits-title">
        <h2 id="visits-title">{t('outreach.visits.title')}</h2>
        {visits.error ? <ErrorAlert error={visits.error} /> : null}
        {visits.data && visits.data.items.length === 0 ? (
          <p className="muted">{t('outreach.visits.empty')}</p>
        ) : null}
        <ul className="outreach-list">
          {visits.data?.items.map((v) => (
            <li key={v.id}>
              <Link to={`/jemput-bola/kunjungan/${v.id}`}>
                {formatDateLong(v.visitDate, locale)} · {v.startTime}–{v.endTime} · {v.site.name}
              </Link>{' '}
              <span className="muted">
                {t('outreach.visits.targets', { n: formatNumber(v.targetCount, locale) })}
                {v.state === 'cancelled' ? ` · ${t('outreach.visits.cancelled')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section className="card stack-tight" aria-labelledby="suggest-title">
        <h2 id="suggest-title">{t('outreach.suggest.title')}</h2>
        {suggest.error ? <ErrorAlert error={suggest.error} /> : null}
        {ranked && !suggest.data && !suggest.error ? <Loading /> : null}
        {suggest.data ? (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>{t('outreach.sites.name')}</th>
                  <th className="num">{t('outreach.suggest.reach')}</th>
                  <th className="num">{t('outreach.suggest.notRecorded')}</th>
                  <th className="num">{t('outreach.suggest.ftv')}</th>
                  <th className="num">{t('outreach.suggest.planned')}</th>
                </tr>
              </thead>
              <tbody>
                {suggest.data.items.map((s) => (
                  <tr key={s.site.id}>
                    <td>
                      <Link to={`/jemput-bola/lokasi/${s.site.id}`}>{s.site.name}</Link>{' '}
                      <span className="muted">{t(`outreach.kind.${s.site.kind}`)}</span>
                    </td>
                    <td className="num">{formatNumber(s.reach, locale)}</td>
                    <td className="num">{formatNumber(s.notRecorded, locale)}</td>
                    <td className="num">{formatNumber(s.firstTimeVoters, locale)}</td>
                    <td className="num">{formatNumber(s.plannedVisits, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      <section className="card stack-tight" aria-labelledby="sites-title">
        <h2 id="sites-title">{t('outreach.sites.title')}</h2>
        {sites.error ? <ErrorAlert error={sites.error} /> : null}
        {sites.data && sites.data.items.length === 0 ? (
          <p className="muted">{t('outreach.sites.empty')}</p>
        ) : null}
        <ul className="outreach-list">
          {sites.data?.items.map((s) => (
            <li key={s.id}>
              <Link to={`/jemput-bola/lokasi/${s.id}`}>{s.name}</Link>{' '}
              <span className="muted">
                {t(`outreach.kind.${s.kind}`)} · {s.villageName ?? s.villageCode}
                {s.rosterRows > 0 ? ` · ${t('outreach.sites.roster', { n: s.rosterRows })}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {canPlan ? <AddSiteForm region={region} /> : null}
      <DevicesCard region={region} />
    </section>
  );
}

function AddSiteForm({ region }: { region: string }) {
  const t = useT();
  const [kind, setKind] = useState<(typeof OUTREACH_SITE_KINDS)[number]>('school');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [villageCode, setVillageCode] = useState(regionLevel(region) === 'village' ? region : '');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const add = useApiMutation(createSite, [queryKeys.outreach]);
  return (
    <form
      className="card stack-tight"
      aria-labelledby="add-site-title"
      onSubmit={(e) => {
        e.preventDefault();
        add.run({ kind, name, address, villageCode, contactName, contactPhone }).then(
          () => {
            setName('');
            setAddress('');
          },
          () => undefined,
        );
      }}
    >
      <h2 id="add-site-title">{t('outreach.sites.add')}</h2>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <div className="field">
        <label htmlFor="site-kind">{t('outreach.sites.kind')}</label>
        <select id="site-kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {OUTREACH_SITE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`outreach.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      {(
        [
          ['site-name', 'outreach.sites.name', name, setName],
          ['site-address', 'outreach.sites.address', address, setAddress],
          ['site-village', 'outreach.sites.village', villageCode, setVillageCode],
          ['site-contact', 'outreach.sites.contact', contactName, setContactName],
          ['site-phone', 'outreach.sites.phone', contactPhone, setContactPhone],
        ] as const
      ).map(([id, label, value, set]) => (
        <div className="field" key={id}>
          <label htmlFor={id}>{t(label)}</label>
          <input id={id} value={value} onChange={(e) => set(e.target.value)} />
        </div>
      ))}
      <button type="submit" className="button" disabled={add.pending}>
        {t('outreach.sites.add')}
      </button>
    </form>
  );
}
