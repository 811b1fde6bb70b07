import { LoginBody, Session } from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext, SESSION_COOKIE } from '../../http/auth-hooks';
import { findPublicUser } from '../users';
import { login, logout } from './auth.service';
import { DEVICE_COOKIE, DEVICE_DAYS } from './login-devices';

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.cookieSecure,
  };

  return async (app) => {
    app.post(
      '/api/v1/auth/login',
      {
        config: { policy: { access: 'public' } },
        schema: {
          tags: ['auth'],
          summary: 'Log in; sets the session cookie',
          body: LoginBody,
          response: { 200: Session },
        },
      },
      async (req, reply) => {
        const result = await login(deps.handle, {
          ...req.body,
          ip: req.ip,
          userAgent: req.headers['user-agent'] ?? null,
          sessionHours: deps.config.sessionHours,
          deviceCookie: req.cookies[DEVICE_COOKIE],
          now: deps.now?.() ?? new Date(),
        });
        reply.setCookie(SESSION_COOKIE, result.token, {
          ...cookieOptions,
          expires: new Date(result.expiresAt),
        });
        // Sent only to the auth routes; it outlives logout on purpose (it marks the browser, not a session).
        reply.setCookie(DEVICE_COOKIE, result.deviceCookie, {
          ...cookieOptions,
          path: '/api/v1/auth',
          maxAge: DEVICE_DAYS * 86_400,
        });
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/api/v1/auth/logout',
      {
        config: { policy: { access: 'session' } },
        schema: { tags: ['auth'], summary: 'Log out (ends the session)' },
      },
      async (req, reply) => {
        const ctx = requireContext(req);
        if (req.session) await logout(deps.handle, req.session, ctx.ip);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
        return reply.status(204).send();
      },
    );

    app.get(
      '/api/v1/auth/me',
      {
        config: { policy: { access: 'session' } },
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user and the CSRF token for writes',
          response: { 200: Session },
        },
      },
      async (req) => {
        const ctx = requireContext(req);
        const user = await findPublicUser(deps.handle.db, ctx.user.id);
        if (!user || !req.session) throw new Error('session user vanished');
        return { user, csrfToken: req.session.csrfToken };
      },
    );
  };
}
