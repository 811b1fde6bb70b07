import { useLocale, useT } from '../../lib/i18n';
import type { OutboxView } from '../../lib/offline-outbox';

/**
 * The entries this phone has not yet had confirmed, each with its state: waiting, sending, sent, or
 * needing attention with the server's reason (then: send again, or discard).
 */
export function BurialOutboxList({ box }: { box: OutboxView }) {
  const t = useT();
  const { locale } = useLocale();
  const shown = box.items.filter(
    (i) => i.state !== 'synced' || Date.now() - Date.parse(i.updatedAt) < 600_000,
  );
  return (
    <section className="panel stack" aria-labelledby="makam-outbox">
      <h2 id="makam-outbox">{t('makam.outbox')}</h2>
      {box.online ? null : <p className="callout callout-warning">{t('makam.offline')}</p>}
      {shown.length === 0 ? (
        <p className="muted">{t('makam.outbox.empty')}</p>
      ) : (
        <ul className="stack" data-testid="burial-outbox">
          {shown.map((item) => (
            <li key={item.id} data-state={item.state}>
              <strong>{item.label}</strong> — <span>{t(`makam.state.${item.state}`)}</span>
              {item.lastError && item.state !== 'synced' ? (
                <p className="field-error">
                  {locale === 'en' ? item.lastError.messageEn : item.lastError.message}
                </p>
              ) : null}
              {item.state === 'attention' ? (
                <span className="button-row">
                  <button type="button" className="button secondary" onClick={() => void box.retry(item.id)}>
                    {t('makam.retry')}
                  </button>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => void box.discard(item.id)}
                  >
                    {t('makam.discard')}
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {box.counts.waiting > 0 && box.online ? (
        <button type="button" className="button secondary" onClick={() => void box.flush()}>
          {t('makam.sendNow')}
        </button>
      ) : null}
    </section>
  );
}
