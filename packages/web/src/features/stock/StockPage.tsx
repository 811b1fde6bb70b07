import type { StockList } from '@sigap/contracts';
import { roleMay } from '@sigap/domain';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { BalancesPanel } from './BalancesPanel';
import { CoverPanel } from './CoverPanel';
import { MoveForm } from './MoveForm';
import { RequestsPanel } from './RequestsPanel';
import { ShipmentsPanel } from './ShipmentsPanel';
import { StockSettingsForm } from './StockSettingsForm';
import { officeOf, stockPath } from './stock.api';

const TABS = ['balances', 'move', 'shipments', 'requests', 'cover', 'settings'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Stok": one office's stock (the user's office by default, or an office below it): balances and stock
 * cards, recording a movement, shipments with proof of delivery, requests, days of cover and, for an
 * admin, the stock settings. The section is
 * kept in the URL (`?bagian=`) so a link or a reload lands on the same view.
 */
export function StockPage() {
  const t = useT();
  const user = useCurrentUser();
  useDocumentTitle(t('stock.title'));
  const own = officeOf(user.regionCode);
  const [params, setParams] = useSearchParams();
  const canSet = roleMay(user.role, 'settings.manage');
  const tabs = TABS.filter((x) => x !== 'settings' || canSet);
  const tab: Tab = tabs.find((x) => x === params.get('bagian')) ?? 'balances';
  const [location, setLocation] = useState(own);
  const list = useApiGet<StockList>(queryKeys.stock, stockPath(own));
  const offices = new Map<string, string>([[own, own]]);
  for (const b of list.data?.items ?? [])
    offices.set(b.locationCode, `${b.locationName} (${b.locationCode})`);

  return (
    <section className="page stack">
      <header className="page-header">
        <h1>{t('stock.title')}</h1>
        <p className="muted">{t('stock.intro', { location: offices.get(location) ?? location })}</p>
      </header>
      <div className="field">
        <label htmlFor="stock-location">{t('stock.location')}</label>
        <select id="stock-location" value={location} onChange={(e) => setLocation(e.target.value)}>
          {[...offices].map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <nav aria-label={t('stock.tabs')} className="button-row">
        {tabs.map((x) => (
          <button
            key={x}
            type="button"
            className={x === tab ? 'button button-primary' : 'button'}
            aria-current={x === tab ? 'page' : undefined}
            onClick={() => setParams({ bagian: x })}
          >
            {t(`stock.tab.${x}`)}
          </button>
        ))}
      </nav>
      {tab === 'balances' ? <BalancesPanel location={location} /> : null}
      {tab === 'move' ? <MoveForm location={location} /> : null}
      {tab === 'shipments' ? <ShipmentsPanel location={location} /> : null}
      {tab === 'requests' ? <RequestsPanel location={location} /> : null}
      {tab === 'cover' ? <CoverPanel location={location} /> : null}
      {tab === 'settings' ? <StockSettingsForm location={location} /> : null}
    </section>
  );
}
