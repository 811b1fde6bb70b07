import { zodResolver } from '@hookform/resolvers/zod';
import type { PublicUser as User } from '@sigap/contracts';
import { canAssignRole, ROLE_LABELS } from '@sigap/domain';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { FormField } from '../../components/FormField';
import { ErrorAlert } from '../../components/Status';
import { ApiError } from '../../lib/api';
import { fieldMessages, showServerFieldErrors } from '../../lib/form-errors';
import { useLocale, useT } from '../../lib/i18n';
import { useCurrentUser } from '../auth/AuthProvider';
import { RegionPicker } from '../regions/RegionPicker';
import { CemeteryChoice } from './CemeteryChoice';
import { roleChoices, type UserFormInput, type UserFormValues, userFormSchema } from './user-form.schema';

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
  const schema = useMemo(() => userFormSchema(!existing), [existing]);
  const form = useForm<UserFormInput, unknown, UserFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      username: existing?.username ?? '',
      fullName: existing?.fullName ?? '',
      role: existing?.role ?? '',
      regionCode: existing?.regionCode ?? actor.regionCode,
      active: existing?.active ?? true,
      password: '',
      nip: existing?.nip ?? '',
      position: existing?.position ?? '',
      cemeteryIds: '',
    },
  });
  const { register, handleSubmit, setError: setFieldError, formState } = form;
  const [chosenRole, chosenRegion] = useWatch({ control: form.control, name: ['role', 'regionCode'] });
  const [error, setError] = useState<unknown>();

  const roles = roleChoices(actor.role, existing?.role);
  const fields = fieldMessages(formState.errors, t, locale);

  const submit = handleSubmit((values) => {
    setError(undefined);
    return onSubmit(values).catch((failure: unknown) => {
      setError(failure);
      // A taken username comes without field details, but it clearly belongs beside the username.
      const taken: Record<string, string> =
        failure instanceof ApiError && failure.error === 'username_taken'
          ? { username: failure.text(locale) }
          : {};
      // The server's field errors go beside the same fields as the form's own checks.
      showServerFieldErrors(failure, locale, Object.keys(values), setFieldError, taken);
    });
  });
  const saving = formState.isSubmitting;

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
              {...register('username')}
            />
          )}
        </FormField>
      )}
      <FormField id="user-fullname" label={t('users.fullName')} error={fields.fullName} required>
        {(control) => <input {...control} required {...register('fullName')} />}
      </FormField>
      <FormField id="user-nip" label={t('users.nip')} hint={t('users.nipHint')} error={fields.nip}>
        {(control) => (
          // No maxLength: a NIP pasted with spaces is refused with the rule's message, not silently cut.
          <input {...control} inputMode="numeric" autoComplete="off" {...register('nip')} />
        )}
      </FormField>
      <FormField
        id="user-position"
        label={t('users.position')}
        hint={t('users.positionHint')}
        error={fields.position}
      >
        {(control) => <input {...control} maxLength={100} {...register('position')} />}
      </FormField>
      <FormField id="user-role" label={t('users.role')} error={fields.role} required>
        {(control) => (
          <select {...control} required {...register('role')}>
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
        <Controller
          control={form.control}
          name="regionCode"
          render={({ field }) => (
            <RegionPicker
              idPrefix="user-region"
              legend={t('users.region')}
              scopeCode={actor.regionCode}
              value={field.value}
              onChange={field.onChange}
              showBreadcrumb={false}
            />
          )}
        />
        {fields.regionCode ? <p className="field-error">{fields.regionCode}</p> : null}
      </div>
      {!existing && chosenRole === 'pengelola_makam' ? (
        <CemeteryChoice region={chosenRegion} error={fields.cemeteryIds} field={register('cemeteryIds')} />
      ) : null}
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
            {...register('password')}
          />
        )}
      </FormField>
      {existing ? (
        <div className="field field-check">
          <input id="user-active" type="checkbox" {...register('active')} />
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
