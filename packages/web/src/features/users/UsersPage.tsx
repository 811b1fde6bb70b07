import type { UserPage } from '@sigap/contracts';
import { roleMay } from '@sigap/domain';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { PagedList } from '../../components/PagedList';
import { SuccessNote } from '../../components/Status';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiGet } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCurrentUser } from '../auth/AuthProvider';
import { UserTable } from './UserTable';
import { type UserNotice, usersPath } from './users.api';

const PAGE_SIZE = 20;

/** User list; search text and page live in the URL so reload and back keep the same view. */
export function UsersPage() {
  const actor = useCurrentUser();
  const t = useT();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('users.title'));
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(q);
  // Follow the URL when it changes underneath us (menu link, back button).
  useEffect(() => setText(q), [q]);
  const result = useApiGet<UserPage>(queryKeys.users, usersPath({ q, page, pageSize: PAGE_SIZE }));
  const canManage = roleMay(actor.role, 'user.manage');
  const notice = (location.state as { notice?: UserNotice } | null)?.notice;

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  const goTo = (next: number) => setParams({ ...(q ? { q } : {}), page: String(next) });

  return (
    <section className="page">
      <header className="page-header page-header-row">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="muted">{t('users.intro')}</p>
        </div>
        {canManage ? (
          <Link to="/pengguna/baru" className="button button-primary">
            + {t('users.add')}
          </Link>
        ) : null}
      </header>
      {notice ? (
        <SuccessNote>
          {t(notice.kind === 'created' ? 'users.created' : 'users.updated', { username: notice.username })}
        </SuccessNote>
      ) : null}
      <search>
        <form className="toolbar" onSubmit={onSearch}>
          <div className="field">
            <label htmlFor="users-q">{t('users.search')}</label>
            <input
              id="users-q"
              type="search"
              value={text}
              placeholder={t('users.searchPlaceholder')}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <button type="submit" className="button">
            {t('users.apply')}
          </button>
          {q ? (
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                setText('');
                setParams({});
              }}
            >
              {t('users.reset')}
            </button>
          ) : null}
        </form>
      </search>
      <PagedList result={result} empty={t('users.empty')} onPage={goTo}>
        {(users) => <UserTable users={users} canManage={canManage} />}
      </PagedList>
    </section>
  );
}
