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
  | 'row:election'
  | 'row:service_point'
  | 'row:queue_ticket'
  | 'row:stock_shipment'
  | 'row:stock_request'
  | 'row:equipment'
  | 'row:equipment_loan'
  | 'row:suket'
  | 'row:outreach_site'
  | 'row:outreach_visit'
  | 'row:voter_roll'
  | 'row:cemetery'
  | 'row:burial'
  | 'own'
  | 'national';

/**
 * Every /api route declares one of these in `config.policy`; a route without one is refused at startup.
 * - `{ access: 'public' }`: no login (health, login, the public dashboard);
 * - `{ access: 'session' }`: any logged-in user, on their own data only (their session, their notices);
 * - `{ action, region }`: the role must hold `action` (PERMISSIONS in @sigap/domain) and the region must
 *   lie inside the user's scope; `orAncestor` also admits a region above the scope (names of the
 *   regions above you, the province's letterhead) for reads that carry no personal data; `election`
 *   says the route also takes an election id, whose regions must concern the user's scope (lie inside
 *   it or above it), like the elections the user can list.
 * The role half is enforced here, before validation; services still run `authorize` with the region
 * (defence in depth: the route says what it needs, the service checks what it touches).
 */
export type RoutePolicy =
  | { access: 'public' }
  | { access: 'session' }
  | { action: Action; region: RegionSource; orAncestor?: true; election?: 'query:election' };

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
 * Whether a user may call a route with this policy on `region` (the region the request names, or
 * undefined for `own`/`session`) and, where the route takes one, an election held in `electionRegions`.
 * The matrix test uses it as its oracle.
 */
export function policyAllows(
  policy: RoutePolicy,
  user: { role: Role; regionCode: string } | null,
  region: string | undefined,
  electionRegions: readonly string[] = [],
): boolean {
  if ('access' in policy) return policy.access === 'public' || user !== null;
  if (!user || !roleMay(user.role, policy.action)) return false;
  const scope = user.regionCode;
  const concerns = (code: string) => isWithinScope(scope, code) || isWithinScope(code, scope);
  if (electionRegions.length > 0 && !electionRegions.some(concerns)) return false;
  if (policy.region === 'national') return scope === 'ID';
  if (region === undefined || isWithinScope(scope, region)) return true;
  return policy.orAncestor === true && isWithinScope(region, scope);
}

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
}

const registered = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every /api route of a built app with its policy (HEAD twins of GET routes left out). */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  return registered.get(app) ?? [];
}

/**
 * Refuses, when the app is built, any /api route that declares no policy: a new route cannot forget
 * to say who may call it. Registered before any route; also records the routes for the matrix test.
 */
export function requireRoutePolicies(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  registered.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith(DOCS_PREFIX)) return;
    const policy = (route.config as { policy?: RoutePolicy } | undefined)?.policy;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!policy) {
      throw new Error(
        `Route ${methods.join(',')} ${route.url} declares no config.policy (see src/http/route-policy.ts)`,
      );
    }
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url, policy });
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
