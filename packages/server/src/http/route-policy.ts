import { type Action, isRole, isWithinScope, type Role, roleMay } from '@sigap/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors } from '../errors';

/**
 * Where the region an authorized route acts on comes from, so a reader (and the generated matrix test)
 * knows what the service checks against the user's scope without reading the service:
 * - `query:<name>` / `body:<name>` / `param:<name>`: that request field holds the region code (a body
 *   field may be an array of codes: each must be in scope);
 * - `row:<entity>`: the `:id` path parameter names a stored row whose region the service checks;
 * - `own`: the request names no region: the service acts in, or filters to, the user's own scope;
 * - `national`: only a user with the national scope ('ID') may act.
 */
export type RegionSource =
  | `query:${string}`
  | `body:${string}`
  | `param:${string}`
  | 'row:resident'
  | 'row:user'
  | 'row:report'
  | 'row:import'
  | 'own'
  | 'national';

/**
 * Every /api route declares one of these in `config.policy`; a route without one is refused at startup.
 * - `{ access: 'public' }`: no login (health, login, the public dashboard);
 * - `{ access: 'session' }`: any logged-in user, on their own data only (their session, their notices);
 * - `{ action, region }`: the role must hold `action` (PERMISSIONS in @sigap/domain) and the region must
 *   lie inside the user's scope; `orAncestor` also admits a region above the scope (names of the
 *   regions above you, the province's letterhead) for reads that carry no personal data.
 * The role half is enforced here, before validation; services still run `authorize` with the region
 * (defence in depth: the route says what it needs, the service checks what it touches).
 */
export type RoutePolicy =
  | { access: 'public' }
  | { access: 'session' }
  | { action: Action; region: RegionSource; orAncestor?: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

/** Swagger UI serves the API documentation under this prefix; its routes are the plugin's, not ours. */
export const DOCS_PREFIX = '/api/docs';

/** Whether the route's policy lets anonymous callers in. */
export function isPublicPolicy(policy: RoutePolicy | undefined): boolean {
  return policy !== undefined && 'access' in policy && policy.access === 'public';
}

/**
 * Whether a user of `role` and `scope` may call a route with this policy on `region` (the region the
 * request names, or undefined for `own`/`session`). The matrix test uses it as its oracle.
 */
export function policyAllows(
  policy: RoutePolicy,
  user: { role: Role; regionCode: string } | null,
  region: string | undefined,
): boolean {
  if ('access' in policy) return policy.access === 'public' || user !== null;
  if (!user || !roleMay(user.role, policy.action)) return false;
  if (policy.region === 'national') return user.regionCode === 'ID';
  if (region === undefined) return true;
  if (isWithinScope(user.regionCode, region)) return true;
  return policy.orAncestor === true && isWithinScope(region, user.regionCode);
}

/**
 * Refuses, when the app is built, any /api route that declares no policy: a new route cannot forget
 * to say who may call it. Registered before any route.
 */
export function requireRoutePolicies(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith(DOCS_PREFIX)) return;
    const config = route.config as { policy?: RoutePolicy } | undefined;
    if (!config?.policy) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no config.policy (see src/http/route-policy.ts)`,
      );
    }
  });
}

/**
 * The role half of the policy, after authentication and before input validation: a role without the
 * action gets `forbidden` whatever it sends, so it learns nothing about the route's input rules.
 * Must be registered after the authentication hook.
 */
export function enforceRolePolicies(app: FastifyInstance): void {
  app.addHook('preValidation', async (req: FastifyRequest) => {
    const policy = req.routeOptions.config.policy;
    if (!policy || 'access' in policy || !req.session) return;
    const { role } = req.session.user;
    if (!isRole(role) || !roleMay(role, policy.action)) throw errors.forbidden();
  });
}
