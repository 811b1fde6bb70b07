import type { FieldActionReply } from '@sigap/contracts';
import { formatDateTimeShort } from '@sigap/domain';
import { useLocale, useT } from '../../lib/i18n';
import type { OutboxView } from '../../lib/offline-outbox';

/** Everything this device holds for the visit, newest first, each with its state and, if any, its reason. */
export function OutboxList({ box }: { box: OutboxView }) {
  const t = useT();
  const { locale } = useLocale();
  const items = [...box.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card stack-tight" aria-labelledby="queue-title">
      <h2 id="queue-title">{t('field.queue.title')}</h2>
      <button
        type="button"
        className="button secondary"
        onClick={() => void box.flush()}
        disabled={!box.online}
      >
        {t('field.sync')}
      </button>
      {box.loaded && items.length === 0 ? <p className="muted">{t('field.queue.empty')}</p> : null}
      <ul className="field-queue" data-testid="field-queue">
        {items.map((item) => {
          const reply = item.result as FieldActionReply | undefined;
          const reason = item.lastError
            ? locale === 'en'
              ? item.lastError.messageEn
              : item.lastError.message
            : undefined;
          return (
            <li key={item.id} data-state={item.state}>
              <span className={`field-chip field-chip-${item.state}`}>{t(`field.state.${item.state}`)}</span>{' '}
              {item.label} <span className="muted">{formatDateTimeShort(item.createdAt, locale)}</span>
              {reply && reply.result !== 'applied' ? (
                <div className="field-attention">{locale === 'en' ? reply.messageEn : reply.message}</div>
              ) : null}
              {reason && item.state !== 'synced' ? <div className="field-attention">{reason}</div> : null}
              {item.state === 'attention' ? (
                <span className="field-buttons">
                  <button type="button" className="button secondary" onClick={() => void box.retry(item.id)}>
                    {t('field.retry')}
                  </button>
                  <button type="button" className="button danger" onClick={() => void box.discard(item.id)}>
                    {t('field.discard')}
                  </button>
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
