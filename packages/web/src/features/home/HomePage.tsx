import { formatDateLong, officeToday, ROLE_LABELS } from '@sigap/domain';
import { Link } from 'react-router';
import { navItemsFor } from '../../app/nav';
import { useLocale, useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { levelLabelOfCode } from '../regions/region-labels';

export function HomePage() {
  const user = useCurrentUser();
  const { locale } = useLocale();
  const t = useT();
  useDocumentTitle(t('nav.home'));
  // Home is where we are, so its own card would only link back here.
  const shortcuts = navItemsFor(user.role).filter((item) => item.to !== '/');

  return (
    <section className="page">
      <header className="page-header hero">
        <p className="eyebrow">
          {t('home.today', { date: formatDateLong(officeToday(user.regionCode), locale) })}
        </p>
        <h1>{t('home.greeting', { name: user.fullName })}</h1>
        <p>
          {t('home.scope', {
            region: user.regionName,
            level: levelLabelOfCode(user.regionCode, t),
            code: user.regionCode,
          })}
        </p>
        <p className="muted">{t('home.role', { role: ROLE_LABELS[user.role][locale] })}</p>
      </header>
      <h2>{t('home.shortcuts')}</h2>
      <ul className="cards">
        {shortcuts.map((item) => (
          <li key={item.to}>
            <Link to={item.to} className="card">
              <span className="card-title">{t(item.label)}</span>
              <span className="card-text">{t(item.description)}</span>
              <span className="card-cta" aria-hidden="true">
                {t('home.open', { page: t(item.label) })} →
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
