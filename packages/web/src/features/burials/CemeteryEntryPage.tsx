import type { Burial, BurialPage, CemeteryList } from '@sigap/contracts';
import { formatDateLong, formatDateTime } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EmptyState, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { loadOffline, registerOfflineShell, saveOffline, useOutbox } from '../../lib/offline-outbox';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { BurialEntryForm } from './BurialEntryForm';
import { BurialOutboxList } from './BurialOutboxList';
import type { BurialFormInput, BurialFormValues } from './burial-form.schema';
import { burialPath, entriesPath, MY_CEMETERIES, outboxQueue } from './burials.api';
import { newClientId } from './client-id';

const CEMETERIES_KEY = 'burials:my-cemeteries';

/**
 * "/makam": the cemetery manager's phone page. Each burial goes into the device's outbox first (kept in
 * IndexedDB), then to the server with its client UUID as Idempotency-Key; the cemetery list is kept on
 * the phone so the page works again without a signal.
 */
export function CemeteryEntryPage() {
  const t = useT();
  useDocumentTitle(t('makam.title'));
  const online = useApiGet<CemeteryList>(queryKeys.burials, MY_CEMETERIES);
  const [cached, setCached] = useState<CemeteryList>();
  useEffect(() => {
    void registerOfflineShell('/makam');
    void loadOffline<CemeteryList>(CEMETERIES_KEY).then((s) => setCached(s?.value));
  }, []);
  useEffect(() => {
    if (online.data) void saveOffline(CEMETERIES_KEY, online.data);
  }, [online.data]);
  const cemeteries = online.data ?? cached;
  const [chosen, setChosen] = useState<number>();
  const cemetery = cemeteries?.items.find((c) => c.id === chosen) ?? cemeteries?.items[0];

  return (
    <section className="page page-narrow">
      <header className="page-header">
        <h1>{t('makam.title')}</h1>
        <p className="muted">{t('makam.intro')}</p>
      </header>
      {cemeteries && cemeteries.items.length === 0 ? <EmptyState>{t('makam.noCemetery')}</EmptyState> : null}
      {cemeteries && cemeteries.items.length > 1 ? (
        <div className="field">
          <label htmlFor="makam-cemetery">{t('makam.cemetery')}</label>
          <select
            id="makam-cemetery"
            value={cemetery?.id}
            onChange={(e) => setChosen(Number(e.target.value))}
          >
            {cemeteries.items.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      ) : cemetery ? (
        <p>
          <strong>{cemetery.name}</strong>
        </p>
      ) : null}
      {cemetery ? <CemeteryDesk cemeteryId={cemetery.id} regionCode={cemetery.regionCode} /> : null}
    </section>
  );
}

function CemeteryDesk({ cemeteryId, regionCode }: { cemeteryId: number; regionCode: string }) {
  const t = useT();
  const { locale } = useLocale();
  const box = useOutbox(outboxQueue(cemeteryId));
  const [saved, setSaved] = useState<string>();
  const [editing, setEditing] = useState<Burial>();
  const recent = useApiGet<BurialPage>(queryKeys.burials, entriesPath(cemeteryId));
  const client = useQueryClient();
  // Each entry the server confirms appears in the list of latest entries.
  useEffect(() => {
    if (box.counts.synced > 0) void client.invalidateQueries({ queryKey: queryKeys.burials });
  }, [box.counts.synced, client]);
  const save = async (v: BurialFormValues) => {
    if (editing) {
      // A correction goes through the same outbox (PUT); the server refuses it once the window closed.
      await box.enqueue({
        method: 'PUT',
        url: burialPath(editing.id),
        body: v,
        label: `Ubah: ${v.fullName}`,
      });
      setEditing(undefined);
      setSaved(v.fullName);
      return;
    }
    const clientId = newClientId();
    await box.enqueue({
      id: clientId,
      method: 'POST',
      url: entriesPath(cemeteryId),
      body: { clientId, ...v },
      label: `Makam: ${v.fullName}`,
    });
    setSaved(v.fullName);
  };
  return (
    <div className="stack">
      {saved ? <SuccessNote>{t('makam.saved', { name: saved })}</SuccessNote> : null}
      <div className="panel">
        <BurialEntryForm
          key={editing?.id ?? 'new'}
          regionCode={regionCode}
          initial={editing ? formOf(editing) : undefined}
          onSave={save}
        />
      </div>
      <BurialOutboxList box={box} />
      <section className="panel stack" aria-labelledby="makam-recent">
        <h2 id="makam-recent">{t('makam.recent')}</h2>
        {recent.data?.items.length ? (
          <ul className="stack" data-testid="burial-recent">
            {recent.data.items.map((b) => (
              <li key={b.id}>
                <strong>{b.fullName}</strong> — {formatDateLong(b.dateOfBurial, locale)} —{' '}
                {t(`burials.status.${b.status}`)} —{' '}
                <span className="muted">
                  {b.editableUntil
                    ? t('makam.editableUntil', { time: formatDateTime(b.editableUntil, locale) })
                    : t('makam.locked')}
                </span>{' '}
                {b.editableUntil ? (
                  <button type="button" className="button secondary" onClick={() => setEditing(b)}>
                    {t('makam.edit')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('makam.recent.empty')}</p>
        )}
      </section>
    </div>
  );
}

/** The form's text of a stored entry (the author sees the NIK whole). */
function formOf(b: Burial): BurialFormInput {
  return {
    nik: b.nik ?? '',
    fullName: b.fullName,
    birthDate: b.birthDate,
    dateOfDeath: b.dateOfDeath,
    dateOfBurial: b.dateOfBurial,
    cause: b.cause ?? '',
    reporterName: b.reporterName,
    reporterRelation: b.reporterRelation as BurialFormInput['reporterRelation'],
    reporterPhone: b.reporterPhone ?? '',
  };
}
