import { roleMay } from '@sigap/domain';
import { useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useAuth } from '../auth/AuthProvider';
import { sendSuketByHand } from './sukets.api';

/**
 * For an office whose outbox has no WhatsApp gateway (or whose message failed): the officer asks for the
 * suket's message and opens it in WhatsApp with the resident's number and the Indonesian text (PDF and
 * verification links) filled in. The link comes from the server, which records the opening.
 */
export function SendByHand({ suketId }: { suketId: number }) {
  const t = useT();
  const { user } = useAuth();
  const send = useApiMutation(sendSuketByHand, [queryKeys.sukets]);
  const [link, setLink] = useState<string | null>(null);
  if (!user || !roleMay(user.role, 'message.send_by_hand')) return null;
  return (
    <span className="suket-send-by-hand">
      {link ? (
        <a href={link} target="_blank" rel="noreferrer" data-testid="suket-wa-link">
          {t('suket.sendByHand.open')}
        </a>
      ) : (
        <button
          type="button"
          className="button link"
          onClick={() =>
            send.run({ id: suketId }).then(
              (r) => setLink(r.waLink),
              () => undefined,
            )
          }
          disabled={send.pending}
        >
          {t('suket.sendByHand')}
        </button>
      )}
      <ErrorAlert error={send.error} />
    </span>
  );
}
