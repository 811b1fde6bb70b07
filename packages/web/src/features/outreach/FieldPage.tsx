import type { FieldActionBody, FieldActionReply, PackTarget } from '@sigap/contracts';
import { formatDateTimeShort, formatNumber, type OutreachOutcome } from '@sigap/domain';
import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { newIdempotencyKey } from '../../lib/idempotency-key';
import { type OutboxItem, registerOfflineShell, useOutbox } from '../../lib/offline-outbox';
import { useDocumentTitle } from '../../lib/use-document-title';
import { FieldTargetRow } from './FieldTargetRow';
import { deviceId, useVisitPack } from './field-pack';
import { OutboxList } from './OutboxList';
import { actionsUrl, heartbeat } from './outreach.api';
import { WalkInForm } from './WalkInForm';
import './outreach.css';

const SHOWN = 50;

/**
 * The team's page on site, for a phone: the visit pack kept on the device, search by name or NIK, an
 * outcome per person and walk-ins. Every tap is stored in the device's outbox before it counts as saved
 * and is sent with its client id (also the Idempotency-Key), so a reload without signal loses nothing and
 * a link that drops or repeats requests applies nothing twice. Each item shows its own sync state.
 */
export function FieldPage() {
  const t = useT();
  const { locale } = useLocale();
  const visitId = Number(useParams().visitId);
  const { pack, error } = useVisitPack(visitId);
  const box = useOutbox(`outreach:visit:${visitId}`);
  const device = useMemo(deviceId, []);
  const [q, setQ] = useState('');
  useDocumentTitle(t('field.title', { site: pack?.value.visit.site.name ?? '' }));

  useEffect(() => {
    void registerOfflineShell('/lapangan');
  }, []);

  const pending = box.items.filter((i) => i.state !== 'synced');
  const oldest = pending.map((i) => i.createdAt).sort()[0] ?? null;
  // The supervisor's view: how much this device still holds and since when (skipped without a signal).
  useEffect(() => {
    const beat = () => {
      if (navigator.onLine)
        heartbeat(device, { visitId, pending: pending.length, oldestPendingAt: oldest }).catch(
          () => undefined,
        );
    };
    beat();
    const timer = window.setInterval(beat, 60_000);
    return () => window.clearInterval(timer);
  }, [device, visitId, pending.length, oldest]);

  const latestFor = useMemo(() => {
    const map = new Map<number, OutboxItem>();
    for (const item of box.items) {
      const id = (item.body as Partial<FieldActionBody>).residentId;
      const prev = typeof id === 'number' ? map.get(id) : undefined;
      if (typeof id === 'number' && (!prev || prev.createdAt <= item.createdAt)) map.set(id, item);
    }
    return map;
  }, [box.items]);

  const record = (
    target: PackTarget | null,
    outcome: OutreachOutcome,
    note: string,
    walkIn?: { nik: string; name: string },
  ) => {
    const id = newIdempotencyKey();
    const body: FieldActionBody = {
      clientId: id,
      clientDeviceId: device,
      residentId: target ? target.residentId : null,
      outcome,
      occurredAt: new Date().toISOString(),
      ...(note ? { note } : {}),
      ...(walkIn ? { nik: walkIn.nik, fullName: walkIn.name } : {}),
    };
    const who = target
      ? `${target.fullName} (${target.nik.slice(0, 6)}…)`
      : `${walkIn?.name ?? ''} (${walkIn?.nik.slice(0, 6)}…)`;
    return box.enqueue({
      id,
      method: 'POST',
      url: actionsUrl(visitId),
      body,
      label: `${t(`field.outcome.${outcome}`)}: ${who}`,
    });
  };

  if (!pack && !error) return <Loading />;
  if (!pack) return <ErrorAlert error={error} />;
  const p = pack.value;
  const term = q.trim().toLowerCase();
  const found = term
    ? p.targets.filter(
        (x) => x.fullName.toLowerCase().includes(term) || x.nik.includes(term.replace(/\D/g, '') || '∅'),
      )
    : p.targets;
  const done = new Map(p.done.map((d) => [d.residentId, d.outcome]));
  return (
    <section className="page field-page">
      <header className="page-header">
        <h1>{t('field.title', { site: p.visit.site.name })}</h1>
        <p className={box.online ? 'muted' : 'field-offline'} role="status" data-testid="field-connection">
          {box.online ? t('field.online') : t('field.offline')}
        </p>
        <p className="muted">
          {t('field.packAge', {
            when: formatDateTimeShort(pack.savedAt, locale),
            n: formatNumber(p.targets.length, locale),
          })}
          {p.truncated ? ` ${t('field.packTruncated', { cap: p.cap, total: p.total })}` : ''}
        </p>
      </header>
      <p data-testid="field-counts">{t('field.counts', box.counts)}</p>
      <div className="field">
        <label htmlFor="field-search">{t('field.search')}</label>
        <input
          id="field-search"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
      </div>
      <ul className="field-targets">
        {found.slice(0, SHOWN).map((target) => (
          <FieldTargetRow
            key={target.residentId}
            target={target}
            item={latestFor.get(target.residentId)}
            doneOnServer={done.get(target.residentId)}
            onRecord={(outcome, note) => record(target, outcome, note)}
          />
        ))}
      </ul>
      {found.length > SHOWN ? <p className="muted">{t('field.more', { n: found.length - SHOWN })}</p> : null}
      <WalkInForm
        targets={p.targets}
        onSave={(nik, name, outcome, note) => record(null, outcome, note, { nik, name })}
      />
      <OutboxList box={box} />
    </section>
  );
}

export type { FieldActionReply };
