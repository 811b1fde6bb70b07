import type { ReactNode } from 'react';
import { errorText } from '../lib/api';
import { useLocale, useT } from '../lib/i18n';

/** Polite live region so screen readers hear that content is on its way without losing their place. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** A failed request, in the user's language, with an optional retry. `role="alert"` announces it at once. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { locale } = useLocale();
  const t = useT();
  return (
    <div className="alert alert-error" role="alert">
      <span>{errorText(error, locale)}</span>
      {onRetry ? (
        <button type="button" className="button button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function SuccessNote({ children }: { children: ReactNode }) {
  return (
    <div className="alert alert-success" role="status">
      {children}
    </div>
  );
}
