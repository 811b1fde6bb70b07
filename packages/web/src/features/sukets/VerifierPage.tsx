import type { VerifySuketReply } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import { useCallback, useEffect, useState } from 'react';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAuth } from '../auth/AuthProvider';
import { QrScanner } from '../queue/QrScanner';
import { prepareOffline } from './offline-shell';
import { loadOffline, type OfflineData, saveOffline, verifyOffline } from './offline-verify';
import { suketKeys, suketStatusList } from './sukets.api';
import { VerdictCard } from './VerdictCard';
import './sukets.css';

/**
 * The polling-station verifier: works without a connection once loaded (the service worker keeps the page;
 * keys and the region's status list are kept on the device), scans the QR, checks the signature in the
 * browser and the status list, and shows how old the list is.
 */
export function VerifierPage() {
  const t = useT();
  useDocumentTitle(t('suket.verifier.title'));
  const { user } = useAuth();
  const [region, setRegion] = useState(user?.regionCode ?? '18');
  const [data, setData] = useState<OfflineData>(loadOffline);
  const [token, setToken] = useState('');
  const [scanning, setScanning] = useState(false);
  const [reply, setReply] = useState<VerifySuketReply | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    prepareOffline().then(setOfflineReady, () => setOfflineReady(false));
  }, []);
  const refresh = async () => {
    setError(null);
    try {
      const [k, list] = await Promise.all([suketKeys(), suketStatusList(region)]);
      const next = { keys: k.keys, list };
      saveOffline(next);
      setData(next);
    } catch (e) {
      setError(e);
    }
  };
  const check = useCallback(
    (text: string) => {
      verifyOffline(text, data, officeToday(region)).then(setReply, setError);
    },
    [data, region],
  );
  const onScan = useCallback(
    (text: string) => {
      setScanning(false);
      setToken(text);
      check(text);
    },
    [check],
  );
  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('suket.verifier.title')}</h1>
        <p className="muted">{t('suket.verifier.intro')}</p>
      </header>
      <p className="muted" data-testid="verifier-offline-ready">
        {offlineReady ? t('suket.verifier.offlineReady') : t('suket.verifier.offlinePending')}
      </p>
      <p data-testid="verifier-as-of">
        {data.list
          ? t('suket.verifier.asOf', { time: new Date(data.list.asOf).toLocaleString() })
          : t('suket.verifier.noList')}
      </p>
      <div className="actions">
        <FormField id="verifier-region" label={t('suket.verifier.region')}>
          {(c) => <input {...c} value={region} onChange={(e) => setRegion(e.target.value)} />}
        </FormField>
        <button type="button" className="button secondary" onClick={refresh}>
          {t('suket.verifier.refresh')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {reply && <VerdictCard reply={reply} />}
      <button type="button" className="button" onClick={() => setScanning((s) => !s)}>
        {t('suket.verifier.scan')}
      </button>
      {scanning && <QrScanner onRead={onScan} />}
      <FormField id="verifier-token" label={t('suket.verifier.token')}>
        {(c) => <textarea {...c} rows={3} value={token} onChange={(e) => setToken(e.target.value)} />}
      </FormField>
      <button type="button" className="button" onClick={() => check(token)} disabled={!token}>
        {t('suket.verifier.check')}
      </button>
    </section>
  );
}
