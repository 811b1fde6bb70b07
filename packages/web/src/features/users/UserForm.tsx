import { canAssignRole, ROLE_LABELS, ROLES, type Role } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { ApiError, fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import type { User } from '../../lib/types';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionPicker } from '../regions/RegionPicker';

export interface UserFormValues {
  username: string;
  fullName: string;
  role: Role | '';
  regionCode: string;
  active: boolean;
  password: string;
}

interface UserFormProps {
  /** The user being edited; absent when adding a new one. */
  existing?: User;
  onSubmit: (values: UserFormValues) => Promise<void>;
}

/** Add and edit share one form so the rules (assignable roles, scope) are written once. */
export function UserForm({ existing, onSubmit }: UserFormProps) {
  const actor = useCurrentUser();
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState<UserFormValues>({
    username: existing?.username ?? '',
    fullName: existing?.fullName ?? '',
    role: existing?.role ?? '',
    regionCode: existing?.regionCode ?? actor.regionCode,
    active: existing?.active ?? true,
    password: '',
  });
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  // The rank rule from the domain: an administrator never hands out a role above their own.
  const roles = ROLES.filter((role) => canAssignRole(actor.role, role) || role === existing?.role);
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  const fields = fieldErrors(error, locale);
  // A taken username comes without field details, but it clearly belongs beside the username.
  if (error instanceof ApiError && error.error === 'username_taken') fields.username ??= error.text(locale);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setError(undefined);
    onSubmit(values).then(
      () => setSaving(false),
      (failure: unknown) => {
        setError(failure);
        setSaving(false);
      },
    );
  };

  return (
    <form className="stack form" onSubmit={submit} noValidate>
      {error ? <ErrorAlert error={error} /> : null}
      {existing ? null : (
        <FormField id="user-username" label={t('users.username')} error={fields.username} required>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={values.username}
              onChange={(e) => set('username', e.target.value)}
            />
          )}
        </FormField>
      )}
      <FormField id="user-fullname" label={t('users.fullName')} error={fields.fullName} required>
        {(control) => (
          <input
            {...control}
            required
            value={values.fullName}
            onChange={(e) => set('fullName', e.target.value)}
          />
        )}
      </FormField>
      <FormField id="user-role" label={t('users.role')} error={fields.role} required>
        {(control) => (
          <select
            {...control}
            required
            value={values.role}
            onChange={(e) => set('role', e.target.value as Role | '')}
          >
            <option value="">{t('users.chooseRole')}</option>
            {roles.map((role) => (
              <option key={role} value={role} disabled={!canAssignRole(actor.role, role)}>
                {ROLE_LABELS[role][locale]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className={fields.regionCode ? 'field field-invalid' : 'field'}>
        <RegionPicker
          idPrefix="user-region"
          legend={t('users.region')}
          scopeCode={actor.regionCode}
          value={values.regionCode}
          onChange={(code) => set('regionCode', code)}
          showBreadcrumb={false}
        />
        {fields.regionCode ? <p className="field-error">{fields.regionCode}</p> : null}
      </div>
      <FormField
        id="user-password"
        label={existing ? t('users.newPassword') : t('users.password')}
        hint={existing ? t('users.newPasswordHint') : t('users.passwordHint')}
        error={fields.password}
        required={!existing}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            required={!existing}
            value={values.password}
            onChange={(e) => set('password', e.target.value)}
          />
        )}
      </FormField>
      {existing ? (
        <div className="field field-check">
          <input
            id="user-active"
            type="checkbox"
            checked={values.active}
            onChange={(e) => set('active', e.target.checked)}
          />
          <label htmlFor="user-active">{t('users.activeToggle')}</label>
          {fields.active ? <p className="field-error">{fields.active}</p> : null}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('users.saving') : t('users.save')}
        </button>
        <Link to="/pengguna" className="button button-ghost">
          {t('users.cancel')}
        </Link>
      </div>
    </form>
  );
}
