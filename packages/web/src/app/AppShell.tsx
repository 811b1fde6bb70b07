import type { Health } from '@sigap/contracts';
import { ROLE_LABELS } from '@sigap/domain';
import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useAuth, useCurrentUser } from '../features/auth/AuthProvider';
import { NoticesBell } from '../features/notices/NoticesBell';
import { useLocale, useT } from '../lib/i18n';
import { queryKeys, staleTimes } from '../lib/query-keys';
import { useApiGet } from '../lib/use-api-query';
import { MainNav } from './MainNav';

/** Header with who is signed in and where they work, the role's menu, and the page below. */
export function AppShell() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const { locale } = useLocale();
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const health = useApiGet<Health>(queryKeys.health, '/health', { staleTime: staleTimes.health });

  // A client-side page change is silent for screen readers; moving focus to the content announces it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect must run on every path change
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const onSignOut = () => {
    signOut().then(
      () => navigate('/login', { replace: true }),
      () => navigate('/login', { replace: true }),
    );
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="header-bar container">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-text">
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="header-user">
            <span className="visually-hidden">{t('auth.signedInAs')} </span>
            <span className="user-name">{user.fullName}</span>
            <span className="user-meta">
              <span className="user-role">{ROLE_LABELS[user.role][locale]}</span>
              <span aria-hidden="true"> · </span>
              <span className="user-region">{user.regionName}</span>
            </span>
          </div>
          <div className="header-actions">
            <NoticesBell />
            <LanguageSwitch className="button button-on-dark" />
            <button type="button" className="button button-on-dark" onClick={onSignOut}>
              {t('auth.logout')}
            </button>
          </div>
        </div>
        <MainNav role={user.role} />
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="app-footer container">
        <span>
          {t('app.name')} · {t('app.tagline')}
        </span>
        {health.data ? (
          <span>{t('app.version', { version: health.data.version, database: health.data.database })}</span>
        ) : null}
      </footer>
    </div>
  );
}
