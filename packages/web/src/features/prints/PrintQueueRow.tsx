import type { PrintQueueItem } from '@sigap/contracts';
import { formatDateShort } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, SuccessNote } from '../../components/Status';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { printCard } from './prints.api';

/** One waiting resident: a card on a phone (name, NIK, area, PRR since), select box and "spoiled" form. */
export function PrintQueueRow({
  item,
  selected,
  onToggle,
}: {
  item: PrintQueueItem;
  selected: boolean;
  onToggle: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [spoiling, setSpoiling] = useState(false);
  const [reason, setReason] = useState('');
  const [spoiled, setSpoiled] = useState(false);
  const spoil = useApiMutation(printCard, [queryKeys.prints, queryKeys.stock]);
  const onSpoil = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const r = await spoil.run({ residentId: item.id, spoiled: true, reason }).catch(() => null);
    if (r) {
      setSpoiling(false);
      setSpoiled(true);
    }
  };
  return (
    <li className="card stack" data-testid={`queue-${item.id}`}>
      <label>
        <input
          type="checkbox"
          checked={selected}
          onChange={onToggle}
          aria-label={t('prints.select', { name: item.fullName })}
        />
        <strong>{item.fullName}</strong> <span className="muted">{item.nikMasked}</span>
        {item.voter ? <span className="badge">{t('prints.voter')}</span> : null}
      </label>
      <span className="muted">
        {item.villageName}, {item.districtName}
        {item.prrSince ? ` · ${t('prints.since')} ${formatDateShort(item.prrSince, locale)}` : ''}
      </span>
      {spoiled ? <SuccessNote>{t('prints.spoiled', { name: item.fullName })}</SuccessNote> : null}
      {spoiling ? (
        <form className="stack" onSubmit={onSpoil}>
          <div className="field">
            <label htmlFor={`spoil-${item.id}`}>{t('prints.spoilReason')}</label>
            <input
              id={`spoil-${item.id}`}
              required
              minLength={3}
              maxLength={200}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
          {spoil.error ? <ErrorAlert error={spoil.error} /> : null}
          <button type="submit" className="button" disabled={spoil.pending}>
            {t('prints.spoilSave')}
          </button>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button button-ghost" onClick={() => setSpoiling(true)}>
            {t('prints.spoil')}
          </button>
        </div>
      )}
    </li>
  );
}
