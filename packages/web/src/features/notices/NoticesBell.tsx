import type { NoticePage } from '@sigap/contracts';
import { formatDateTime, zoneOfRegion } from '@sigap/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/Status';
import { api } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiGet } from '../../lib/use-api-query';
import { useCurrentUser } from '../auth/AuthProvider';

/** Often enough that an admin sees a login spray while it runs, rare enough to cost the server nothing. */
const REFRESH_MS = 60_000;

/**
 * The header's notices button: security alerts for admins (login sprays, guessing) and notes about
 * one's own account (a reset password). A disclosure panel, not a modal: Escape closes it and focus
 * returns to the button.
 */
export function NoticesBell() {
  const t = useT();
  const user = useCurrentUser();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const page = useApiGet<NoticePage>(queryKeys.notices, '/v1/notices?pageSize=20', {
    refetchInterval: REFRESH_MS,
  });
  const markRead = useApiMutation(
    (_: undefined, key: string) => api.post('/v1/notices/read', {}, key),
    [queryKeys.notices],
  );
  const error = markRead.error;

  const data = page.latest;
  const unread = data?.unread ?? 0;
  // In words like every other moment, on the user's own office clock.
  const when = { format: (d: Date) => formatDateTime(d, locale, zoneOfRegion(user.regionCode)) };

  // The error is shown from the mutation's state; swallowing the rejection here avoids an unhandled one.
  const markAllRead = () => {
    markRead.run(undefined).catch(() => undefined);
  };

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  return (
    <div className="notices">
      <button
        ref={buttonRef}
        type="button"
        className="button button-on-dark notices-button"
        aria-expanded={open}
        aria-controls="notices-panel"
        onClick={() => setOpen((was) => !was)}
      >
        {t('notices.button')}
        {unread > 0 ? (
          <>
            <span className="notices-count" aria-hidden="true">
              {unread}
            </span>
            <span className="visually-hidden">{t('notices.unread', { count: unread })}</span>
          </>
        ) : null}
      </button>
      {open ? (
        <section id="notices-panel" className="notices-panel" aria-label={t('notices.title')}>
          <div className="notices-panel-head">
            <h2>{t('notices.title')}</h2>
            {unread > 0 ? (
              <button type="button" className="button button-small" onClick={markAllRead}>
                {t('notices.markAllRead')}
              </button>
            ) : null}
            <button type="button" className="button button-small" onClick={close}>
              {t('notices.close')}
            </button>
          </div>
          {error || page.error ? <ErrorAlert error={error ?? page.error} /> : null}
          {data && data.items.length === 0 ? <p className="empty">{t('notices.empty')}</p> : null}
          <ul className="notices-list">
            {(data?.items ?? []).map((n) => (
              <li key={n.id} className={`notice notice-${n.severity}${n.readAt ? '' : ' notice-unread'}`}>
                <p className="notice-meta">
                  <span className="notice-severity">{t(`notices.severity.${n.severity}`)}</span>
                  {n.readAt ? null : <span className="notice-new">{t('notices.new')}</span>}
                  <time dateTime={n.createdAt}>{when.format(new Date(n.createdAt))}</time>
                </p>
                <p className="notice-message">{locale === 'en' ? n.messageEn : n.message}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
