import { Link, useNavigate } from 'react-router';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useDocumentTitle } from '../../lib/use-document-title';
import { UserForm, type UserFormValues } from './UserForm';
import { createUser, type UserNotice } from './users.api';

export function UserCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('users.createTitle'));

  const create = useApiMutation(createUser, [queryKeys.users]);
  const save = async (values: UserFormValues) => {
    const user = await create.run({
      username: values.username.trim(),
      fullName: values.fullName.trim(),
      // Leave an unchosen role out so the server answers "required" rather than "unknown value".
      role: values.role || undefined,
      regionCode: values.regionCode,
      password: values.password,
    });
    const notice: UserNotice = { kind: 'created', username: user.username };
    // Open the list filtered to the new account so it is visible whatever page it sorts onto.
    await navigate(`/pengguna?q=${encodeURIComponent(user.username)}`, { state: { notice } });
  };

  return (
    <section className="page page-narrow">
      <p>
        <Link to="/pengguna">← {t('users.back')}</Link>
      </p>
      <h1>{t('users.createTitle')}</h1>
      <div className="panel">
        <UserForm onSubmit={save} />
      </div>
    </section>
  );
}
