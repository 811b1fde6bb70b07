import type { FieldActionReply, PackTarget } from '@sigap/contracts';
import { OUTREACH_OUTCOMES, type OutreachOutcome } from '@sigap/domain';
import { useState } from 'react';
import { useLocale, useT } from '../../lib/i18n';
import type { OutboxItem } from '../../lib/offline-outbox';

interface Props {
  target: PackTarget;
  /** The latest item this device made for the person, if any. */
  item: OutboxItem | undefined;
  /** An outcome the server already held when the pack was downloaded (another device, an earlier sync). */
  doneOnServer: OutreachOutcome | undefined;
  onRecord: (outcome: OutreachOutcome, note: string) => Promise<unknown>;
}

/** One person on the list: name, NIK, birth date, address, the outcome buttons and the sync state. */
export function FieldTargetRow({ target, item, doneOnServer, onRecord }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const [note, setNote] = useState('');
  const reply = item?.result as FieldActionReply | undefined;
  const outcome = (item?.body as { outcome?: OutreachOutcome } | undefined)?.outcome ?? doneOnServer;
  return (
    <li className="field-target" data-testid={`target-${target.nik}`}>
      <div>
        <strong>{target.fullName}</strong> <span className="muted">{target.className ?? ''}</span>
        <div className="muted">
          {target.nik} · {target.birthDate} · {target.address}
        </div>
      </div>
      {outcome ? (
        <p className="field-state">
          {t('field.done', { outcome: t(`field.outcome.${outcome}`) })}
          {item ? (
            <span className={`field-chip field-chip-${item.state}`} data-testid="item-state">
              {t(`field.state.${item.state}`)}
            </span>
          ) : null}
        </p>
      ) : null}
      {item?.state === 'attention' && item.lastError ? (
        <p className="field-attention" role="alert">
          {locale === 'en' ? item.lastError.messageEn : item.lastError.message}
        </p>
      ) : null}
      {reply && reply.result !== 'applied' ? (
        <p className="field-attention" data-testid="item-conflict">
          {locale === 'en' ? reply.messageEn : reply.message}
        </p>
      ) : null}
      {!item || item.state === 'attention' ? (
        <div className="field-buttons">
          <input
            aria-label={t('field.note')}
            placeholder={t('field.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {OUTREACH_OUTCOMES.map((o) => (
            <button
              key={o}
              type="button"
              className={o === 'recorded' ? 'button' : 'button secondary'}
              onClick={() => void onRecord(o, note)}
            >
              {t(`field.outcome.${o}`)}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}
