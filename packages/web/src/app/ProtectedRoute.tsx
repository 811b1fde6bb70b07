import { type Action, roleMay } from '@sigap/domain';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Status';
import { useAuth } from '../features/auth/AuthProvider';
import { useT } from '../lib/i18n';

interface ProtectedRouteProps {
  /** When set, the signed-in user's role must also be allowed this action. */
  action?: Action;
  children: ReactNode;
}

/**
 * Signed-out visitors go to the login page (remembering where they were heading); signed-in users without
 * the role see a plain explanation. The server checks again: this only spares people a dead end.
 */
export function ProtectedRoute({ action, children }: ProtectedRouteProps) {
  const { status, user } = useAuth();
  const location = useLocation();
  const t = useT();

  if (status === 'loading') {
    return (
      <div className="page-center">
        <Loading label={t('app.loading')} />
      </div>
    );
  }
  if (!user) return <Navigate to="/login" replace state={{ from: location }} />;
  if (action && !roleMay(user.role, action)) {
    return (
      <section className="page">
        <h1>{t('error.forbidden')}</h1>
        <p>
          <Link to="/">{t('error.backHome')}</Link>
        </p>
      </section>
    );
  }
  return children;
}
