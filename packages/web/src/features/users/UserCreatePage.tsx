import { Link, useNavigate } from 'react-router';
import { useT } from '../../lib/i18n';
import { queryKeys } from '../../lib/query-keys';
import { useApiMutation } from '../../lib/use-api-mutation';
import { useDocumentTitle } from '../../lib/use-document-title';
import { UserForm } from './UserForm';
import type { UserFormValues } from './user-form.schema';
import { createUser, type UserNotice } from './users.api';

export function UserCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  useDocumentTitle(t('users.createTitle'));

  const create = useApiMutation(createUser, [queryKeys.users]);
  const save = async (values: UserFormValues) => {
    // The form's schema has trimmed the names and refused an unchosen role.
    const user = await create.run({
      username: values.username,
      fullName: values.fullName,
      role: values.role,
      regionCode: values.regionCode,
      password: values.password,
      nip: values.nip,
      position: values.position,
      ...(values.cemeteryIds ? { cemeteryIds: values.cemeteryIds } : {}),
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
