import type { Role } from '@sigap/domain';
import { type FormEvent, useState } from 'react';
import { Link, type Location, Navigate, useLocation, useNavigate } from 'react-router';
import { landingPathFor } from '../../app/nav';
import { FormField } from '../../components/FormField';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ErrorAlert, Loading } from '../../components/Status';
import { fieldErrors } from '../../lib/api';
import { useLocale, useT } from '../../lib/i18n';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAuth } from './AuthProvider';

/** Where to go after signing in: the page that sent us here, unless that was the login page or home. */
function destination(state: unknown, role: Role | undefined): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login' || from.pathname === '/') return role ? landingPathFor(role) : '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { status, expired, signIn, user } = useAuth();
  const t = useT();
  const { locale } = useLocale();
  const location = useLocation();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(t('auth.title'));

  if (status === 'loading') {
    return (
      <div className="page-center">
        <Loading label={t('app.loading')} />
      </div>
    );
  }
  if (status === 'authenticated' && !submitting)
    return <Navigate to={destination(location.state, user?.role)} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitting(true);
    setError(undefined);
    signIn(username.trim(), password).then(
      (signedIn) => navigate(destination(location.state, signedIn.role), { replace: true }),
      (failure: unknown) => {
        setError(failure);
        setSubmitting(false);
        // Keep the username, clear the secret: the usual cause is a mistyped password.
        setPassword('');
      },
    );
  };

  const fields = fieldErrors(error, locale);
  return (
    <div className="login-page">
      <div className="login-topbar">
        <LanguageSwitch className="button button-on-dark" />
      </div>
      <main className="login-card">
        <div className="login-brand">
          <img src="/favicon.svg" alt="" width="48" height="48" />
          <div>
            <p className="brand-name">{t('app.name')}</p>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        {expired && !error ? (
          <p className="alert alert-info" role="status">
            {t('auth.sessionEnded')}
          </p>
        ) : null}
        {error ? <ErrorAlert error={error} /> : null}
        <form onSubmit={onSubmit} noValidate className="stack">
          <FormField id="login-username" label={t('auth.username')} error={fields.username}>
            {(control) => (
              <input
                {...control}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            )}
          </FormField>
          <FormField id="login-password" label={t('auth.password')} error={fields.password}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button button-primary button-block" disabled={submitting}>
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="login-public">
          <Link to="/publik">{t('public.link')}</Link>
        </p>
        <p className="login-public">
          <Link to="/booking">{t('booking.link')}</Link>
        </p>
      </main>
    </div>
  );
}
