import type { PublicUser as User } from '@sigap/contracts';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert, Loading } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useApiQuery } from '../../lib/use-api-query';
import { useDocumentTitle } from '../../lib/use-document-title';
import { UserForm } from './UserForm';
import type { UserFormValues } from './user-form.schema';
import { fetchUser, type UserChanges, type UserNotice, updateUser } from './users.api';

/** Only what changed is sent, so the audit trail records exactly what the administrator did. */
function changesBetween(user: User, values: UserFormValues): UserChanges {
  const changes: UserChanges = {};
  if (values.fullName !== user.fullName) changes.fullName = values.fullName;
  if (values.role !== user.role) changes.role = values.role;
  if (values.regionCode !== user.regionCode) changes.regionCode = values.regionCode;
  if (values.active !== user.active) changes.active = values.active;
  if (values.password) changes.password = values.password;
  if (values.nip !== user.nip) changes.nip = values.nip;
  if (values.position !== user.position) changes.position = values.position;
  return changes;
}

export function UserEditPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const id = Number(useParams().id);
  const passed = (location.state as { user?: User } | null)?.user;
  // Coming from the list we already have the row; a reload or shared link asks the server.
  const loaded = useApiQuery<User>(passed?.id === id ? null : [...queryKeys.users, 'one', id], (signal) =>
    fetchUser(id, signal),
  );
  const user = passed?.id === id ? passed : loaded.data;
  const [unchanged, setUnchanged] = useState(false);
  useDocumentTitle(user ? t('users.editTitle', { username: user.username }) : t('users.title'));

  const update = useApiMutation(
    (v: { id: number; changes: UserChanges }, key: string) => updateUser(v.id, v.changes, key),
    [queryKeys.users],
  );
  const save = async (values: UserFormValues) => {
    if (!user) return;
    const changes = changesBetween(user, values);
    setUnchanged(Object.keys(changes).length === 0);
    if (Object.keys(changes).length === 0) return;
    const saved = await update.run({ id: user.id, changes });
    const notice: UserNotice = { kind: 'updated', username: saved.username };
    await navigate('/pengguna', { state: { notice } });
  };

  const notFound = loaded.error instanceof ApiError && loaded.error.status === 404;
  return (
    <section className="page page-narrow">
      <p>
        <Link to="/pengguna">← {t('users.back')}</Link>
      </p>
      {loaded.loading ? <Loading /> : null}
      {notFound || !Number.isInteger(id) ? <p className="alert alert-info">{t('users.notFound')}</p> : null}
      {loaded.error && !notFound ? <ErrorAlert error={loaded.error} onRetry={loaded.reload} /> : null}
      {user ? (
        <>
          <h1>{t('users.editTitle', { username: user.username })}</h1>
          {unchanged ? (
            <p className="alert alert-info" role="status">
              {t('users.noChanges')}
            </p>
          ) : null}
          <div className="panel">
            <UserForm key={user.id} existing={user} onSubmit={save} />
          </div>
        </>
      ) : null}
    </section>
  );
}
