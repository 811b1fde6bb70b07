import type { PublicUser as User } from '@sigap/contracts';
import { formatDateShort, formatDateTimeShort, ROLE_LABELS } from '@sigap/domain';
import { Link } from 'react-router';
import { TableWrap } from '../../components/TableWrap';
import { useLocale, useT } from '../../lib/i18n';

interface UserTableProps {
  users: User[];
  canManage: boolean;
}

/** Users in scope; scrolls sideways on a phone instead of squeezing columns into unreadable slivers. */
export function UserTable({ users, canManage }: UserTableProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <TableWrap label={t('users.title')}>
      <table className="table-cards">
        <caption className="visually-hidden">{t('users.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.fullName')}</th>
            <th scope="col">{t('users.nip')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.region')}</th>
            <th scope="col">{t('users.active')}</th>
            <th scope="col">{t('users.lastLogin')}</th>
            <th scope="col">{t('users.createdAt')}</th>
            {canManage ? <th scope="col">{t('users.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row" className="code" data-label={t('users.username')}>
                {user.username}
              </th>
              <td data-label={t('users.fullName')}>
                {user.fullName}
                {user.position ? <span className="cell-note">{user.position}</span> : null}
              </td>
              <td className="code nowrap" data-label={t('users.nip')}>
                {user.nip ?? '—'}
              </td>
              <td data-label={t('users.role')}>{ROLE_LABELS[user.role]?.[locale] ?? user.role}</td>
              <td data-label={t('users.region')}>
                <span>
                  <span className="code">{user.regionCode}</span> {user.regionName}
                </span>
              </td>
              <td data-label={t('users.active')}>
                <span className={user.active ? 'badge badge-ok' : 'badge badge-off'}>
                  {user.active ? t('users.isActive') : t('users.isInactive')}
                </span>
              </td>
              <td className="nowrap" data-label={t('users.lastLogin')}>
                {user.lastLoginAt ? (
                  <time dateTime={user.lastLoginAt}>{formatDateTimeShort(user.lastLoginAt, locale)}</time>
                ) : (
                  <span className="muted">{t('users.neverLoggedIn')}</span>
                )}
              </td>
              <td className="nowrap" data-label={t('users.createdAt')}>
                {formatDateShort(user.createdAt, locale)}
              </td>
              {canManage ? (
                <td data-label={t('users.actions')}>
                  <Link
                    to={`/pengguna/${user.id}`}
                    state={{ user }}
                    aria-label={t('users.editLabel', { username: user.username })}
                  >
                    {t('users.edit')}
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
