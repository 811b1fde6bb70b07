import type { Role } from '@sigap/domain';
import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../lib/i18n';
import { navItemsFor } from './nav';

/**
 * The role's menu. On a wide screen every page is a tab in the bar; on a phone (≤ 640 px, styles.css) the
 * bar would wrap into three or four rows of links above every page, so it folds into one "Menu" button
 * naming the current page, which opens the list as a drop-down panel. Choosing a page (or Escape) closes it.
 */
export function MainNav({ role }: { role: Role }) {
  const t = useT();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const items = navItemsFor(role);
  const current = [...items]
    .sort((a, b) => b.to.length - a.to.length)
    .find((item) => (item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)));

  // A page change closes the panel: the phone shows the page that was chosen, not the menu over it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect must run on every path change
  useEffect(() => setOpen(false), [location.pathname]);

  return (
    <nav
      className={open ? 'main-nav is-open' : 'main-nav'}
      aria-label={t('app.mainNav')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <div className="container main-nav-bar">
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="main-nav-list"
          onClick={() => setOpen((was) => !was)}
        >
          <span className="menu-icon" aria-hidden="true" />
          <span>{t('app.menu')}</span>
          {current ? <span className="menu-current">· {t(current.label)}</span> : null}
        </button>
        <ul id="main-nav-list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.to === '/'}>
                {t(item.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
