import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../lib/i18n';

/** The frame of the no-login booking pages: brand, language, and the way to the officers' login. */
export function BookingShell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="public-page">
      <header className="public-header">
        <div className="container public-bar">
          <Link to="/booking" className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          <div className="header-actions">
            <LanguageSwitch className="button button-on-dark" />
            <Link to="/login" className="button button-on-dark">
              {t('public.login')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="container main">
        {children}
      </main>
    </div>
  );
}
