import { useState } from 'react';
import { FormField } from '../../components/FormField';
import { fieldErrors } from '../../lib/api';
import { type MessageKey, useLocale, useT } from '../../lib/i18n';

/** A decision that needs a written reason (dismiss, annul): a button, then the reason and Send. */
export function BurialReasonAction({
  id,
  label,
  note,
  disabled,
  onSend,
}: {
  id: string;
  label: MessageKey;
  note?: MessageKey;
  disabled: boolean;
  onSend: (reason: string) => Promise<unknown>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  if (!open)
    return (
      <button type="button" className="button secondary" disabled={disabled} onClick={() => setOpen(true)}>
        {t(label)}
      </button>
    );
  const send = () => {
    setError(undefined);
    onSend(reason.trim())
      .then(() => setOpen(false))
      .catch((e: unknown) => setError(fieldErrors(e, locale).reason));
  };
  return (
    <div className="stack panel">
      {note ? <p className="callout callout-warning">{t(note)}</p> : null}
      <FormField id={`${id}-reason`} label={t('burials.reason')} error={error} required>
        {(control) => (
          <textarea {...control} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
        )}
      </FormField>
      <span className="button-row">
        <button type="button" className="button" disabled={disabled} onClick={send}>
          {t(label)}
        </button>
        <button type="button" className="button secondary" onClick={() => setOpen(false)}>
          {t('burials.cancel')}
        </button>
      </span>
    </div>
  );
}
