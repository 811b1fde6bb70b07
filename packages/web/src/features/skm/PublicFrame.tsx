import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useT } from '../../lib/i18n';

/** The bare frame of the public survey pages: the brand and the language switch, nothing to sign in to. */
export function PublicFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="public-page">
      <header className="public-header">
        <div className="container public-bar">
          <span className="brand">
            <img src="/favicon.svg" alt="" width="32" height="32" />
            <span className="brand-name">{t('app.name')}</span>
          </span>
          <div className="header-actions">
            <LanguageSwitch className="button button-on-dark" />
          </div>
        </div>
      </header>
      <main id="main" className="container main skm-main">
        {children}
      </main>
    </div>
  );
}
