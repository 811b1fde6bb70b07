import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps';
import type { RequestContext } from '../context';
import { errors } from '../errors';
import type { SessionWithUser } from '../modules/auth';
import { resolveSession } from '../modules/auth';
import { toSessionUser } from '../modules/users';
import { hasForbiddenCharacters } from './input-characters';
import { isPublicPolicy } from './route-policy';

export const SESSION_COOKIE = 'sigap_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session?: SessionWithUser;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves the session cookie on every API request, and enforces CSRF for cookie-authenticated writes:
 * the client must echo the session's token in `X-CSRF-Token`, which a cross-site form cannot do.
 */
export function registerAuthHooks(app: FastifyInstance, deps: AppDeps): void {
  // preValidation, not preHandler: authentication and CSRF come before input validation, so an anonymous
  // caller learns nothing about a route's input rules.
  const docsOpen = deps.config.apiDocs === 'public';
  app.addHook('preValidation', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    // The cookie is %-decoded, so it can carry a NUL that PostgreSQL refuses: such a token is no session.
    const usable = token && !hasForbiddenCharacters(token) ? token : undefined;
    const session = usable ? await resolveSession(deps.handle, usable, deps.config.sessionHours) : undefined;
    if (!session) {
      const open =
        req.is404 ||
        isPublicPolicy(req.routeOptions.config.policy) ||
        (docsOpen && req.url.startsWith('/api/docs'));
      if (open) return;
      throw errors.notAuthenticated();
    }
    req.session = session;
    if (UNSAFE.has(req.method)) {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !sameToken(sent, session.csrfToken)) throw errors.csrf();
    }
  });
}

/** The acting user and IP, or `not_authenticated`. Every protected route starts here. */
export function requireContext(req: FastifyRequest): RequestContext {
  if (!req.session) throw errors.notAuthenticated();
  return { user: toSessionUser(req.session.user), ip: req.ip };
}
