import {
  CoverageQuery,
  CoverageResponse,
  PublicDashboardSetting,
  PublicDashboardState,
  PublicElections,
} from '@sigap/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../app-deps';
import { requireContext } from '../../http/auth-hooks';
import { publicCoverage, publicElections } from './public.service';
import { cacheKey, createPublicResponseCache, sendServerCached } from './public-cache';
import {
  assertPublicDashboardEnabled,
  getPublicDashboardSwitch,
  putPublicDashboardSwitch,
} from './public-switch';

/** The no-login dashboard (aggregates down to district level) and its on/off switch. */
export function publicRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const switchedOn = async () => assertPublicDashboardEnabled(deps.handle);
  const cache = createPublicResponseCache();
  return async (app) => {
    // One budget per client IP over all public routes (a per-route limit would multiply it), so one
    // caller cannot make the server recompute figures in a loop. Before the switch: that reads the database.
    const limited = app.rateLimit({ max: deps.config.publicRateLimit, timeWindow: 60_000 });
    const guards = [limited, switchedOn];
    app.get(
      '/api/public/coverage',
      {
        config: { policy: { access: 'public' } },
        // Before validation: a switched-off dashboard answers the same whatever is asked of it.
        onRequest: guards,
        schema: {
          tags: ['public'],
          summary: 'Public coverage of a region and its children, down to district level (no login, cached)',
          security: [],
          querystring: CoverageQuery,
          response: { 200: CoverageResponse },
        },
      },
      async (req, reply) =>
        sendServerCached(cache, cacheKey('coverage', req.query), req, reply, async () =>
          // Parsing with the response schema strips anything but the aggregate fields before hashing.
          CoverageResponse.parse(await publicCoverage(deps.handle, req.query, deps.now?.())),
        ),
    );
    app.get(
      '/api/public/elections',
      {
        config: { policy: { access: 'public' } },
        // Before validation: a switched-off dashboard answers the same whatever is asked of it.
        onRequest: guards,
        schema: {
          tags: ['public'],
          summary: 'Elections, for the reference-date selector of the public dashboard (no login, cached)',
          security: [],
          response: { 200: PublicElections },
        },
      },
      async (req, reply) =>
        sendServerCached(cache, 'elections', req, reply, async () =>
          PublicElections.parse({ items: await publicElections(deps.handle) }),
        ),
    );
    app.get(
      '/api/v1/settings/public-dashboard',
      {
        config: { policy: { action: 'settings.manage', region: 'own' } },
        schema: {
          tags: ['settings'],
          summary: 'Whether the public dashboard is on, and which switch decides',
          response: { 200: PublicDashboardState },
        },
      },
      async (req) => getPublicDashboardSwitch(deps.handle, requireContext(req)),
    );
    app.put(
      '/api/v1/settings/public-dashboard',
      {
        config: { policy: { action: 'settings.manage', region: 'national' } },
        schema: {
          tags: ['settings'],
          summary: 'Switch the public dashboard on or off (superadmin, national scope)',
          body: PublicDashboardSetting,
          response: { 200: PublicDashboardState },
        },
      },
      async (req) => putPublicDashboardSwitch(deps.handle, requireContext(req), req.body),
    );
  };
}
