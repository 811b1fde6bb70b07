import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { HandoverPanel } from './HandoverPanel';
import { PrintQueuePanel } from './PrintQueuePanel';
import { printOfficeOf } from './prints.api';
import { ReconciliationTable } from './ReconciliationTable';

const TABS = ['queue', 'handover', 'reconciliation'] as const;
type Tab = (typeof TABS)[number];

/**
 * "Antrean cetak": the print queue of a regency office (the user's own, or one typed by a province or
 * national user), the handover form and the blanko reconciliation. The section is kept in the URL.
 */
export function PrintsPage() {
  const t = useT();
  const user = useCurrentUser();
  useDocumentTitle(t('prints.title'));
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('bagian')) ?? 'queue';
  const own = printOfficeOf(user.regionCode);
  const [office, setOffice] = useState(own ?? '');
  const officeInput = own ? null : (
    <div className="field">
      <label htmlFor="print-office">{t('prints.office')}</label>
      <input
        id="print-office"
        inputMode="decimal"
        placeholder="18.71"
        value={office}
        onChange={(e) => setOffice(e.target.value.trim())}
      />
    </div>
  );
  const valid = /^\d{2}\.\d{2}$/.test(office);
  return (
    <section className="page stack">
      <header className="page-header">
        <h1>{t('prints.title')}</h1>
      </header>
      <nav aria-label={t('prints.tabs')} className="button-row">
        {TABS.map((x) => (
          <button
            key={x}
            type="button"
            className={x === tab ? 'button button-primary' : 'button'}
            aria-current={x === tab ? 'page' : undefined}
            onClick={() => setParams({ bagian: x })}
          >
            {t(`prints.tab.${x}`)}
          </button>
        ))}
      </nav>
      {tab === 'queue' ? (
        <>
          {officeInput}
          {valid ? <PrintQueuePanel key={office} office={office} /> : null}
        </>
      ) : null}
      {tab === 'handover' ? (
        <>
          {officeInput}
          {valid ? <HandoverPanel key={office} office={office} /> : null}
        </>
      ) : null}
      {tab === 'reconciliation' ? <ReconciliationTable region={user.regionCode} /> : null}
    </section>
  );
}
