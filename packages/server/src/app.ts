import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import { errors } from './errors';
import { registerAuthHooks } from './http/auth-hooks';
import { registerErrorHandling } from './http/error-handler';
import { frameworkErrorOptions } from './http/framework-errors';
import { registerInputCharacterCheck } from './http/input-characters';
import { registerNoStore } from './http/no-store';
import { registerRateLimit } from './http/rate-limit';
import { enforceRolePolicies, requireRoutePolicies } from './http/route-policy';
import { registerSecurityHeaders } from './http/security-headers';
import { auditRoutes } from './modules/audit';
import { authRoutes } from './modules/auth';
import { bookingsOfficeRoutes, bookingsPublicRoutes } from './modules/bookings';
import { boundariesRoutes } from './modules/boundaries';
import { burialsRoutes, burialWorklistRoutes } from './modules/burials';
import { coverageRoutes } from './modules/coverage';
import { deathReportsRoutes } from './modules/death-reports';
import { displayRoutes } from './modules/display';
import { electionsRoutes } from './modules/elections';
import { equipmentRoutes, equipmentWatchSignal } from './modules/equipment';
import { exportsRoutes } from './modules/exports';
import { fieldListsRoutes } from './modules/field-lists';
import { forecastRoutes } from './modules/forecast';
import { healthRoutes } from './modules/health';
import { registerIdempotency } from './modules/idempotency';
import { importsRoutes } from './modules/imports';
import { jobsRoutes } from './modules/jobs';
import { noticesRoutes } from './modules/notices';
import { outboxRoutes } from './modules/outbox';
import { outreachFieldRoutes, outreachRoutes } from './modules/outreach';
import { printsRoutes } from './modules/prints';
import { publicRoutes } from './modules/public';
import { queueRoutes } from './modules/queue';
import { regionsRoutes } from './modules/regions';
import { reportsRoutes } from './modules/reports';
import { residentsRoutes } from './modules/residents';
import { servicePointsRoutes } from './modules/service-points';
import { settingsRoutes } from './modules/settings';
import { skmRoutes } from './modules/skm';
import { snapshotsRoutes } from './modules/snapshots';
import { stockRequestRoutes, stockRoutes } from './modules/stock';
import { registerSuketLifecycle, suketBatchRoutes, suketsPublicRoutes, suketsRoutes } from './modules/sukets';
import { usersRoutes } from './modules/users';
import { voterRollsRoutes } from './modules/voter-rolls';
import { registerWatchSignal, watchlistRoutes } from './modules/watchlist';
import { VERSION } from './version';
import { registerWeb } from './web/serve-web';

export interface BuildOptions {
  /** A pino logger; API tests pass none and get no logs. */
  logger?: FastifyBaseLogger;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
}

/** JSON bodies above this are refused; file uploads get their own, larger limit on their routes. */
const BODY_LIMIT_BYTES = 1024 * 1024;

export async function buildApp(deps: AppDeps, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: deps.config.trustProxy,
    ...frameworkErrorOptions,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerNoStore(app);

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        'img-src': ["'self'", 'data:'],
        // The built web app loads one stylesheet from its own origin and sets styles only through React's
        // style prop (CSSOM, which CSP allows); nothing injects <style> tags, so no 'unsafe-inline'.
        'style-src': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    hsts: deps.config.cookieSecure,
  });
  await app.register(fastifyCookie);
  await registerRateLimit(app);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Sigap API', version: VERSION, description: 'e-KTP recording and election readiness' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // SIGAP_API_DOCS=off serves no docs at all; `login` is enforced by the auth hooks.
  if (deps.config.apiDocs !== 'off') await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuthHooks(app, deps);
  enforceRolePolicies(app);
  requireRoutePolicies(app);
  // After the auth hooks: an anonymous caller of a protected route gets 401 whatever it sends.
  registerInputCharacterCheck(app);
  registerIdempotency(app, deps.handle);
  // Broken regency equipment no loan covers puts the regency on the watch list (idempotent: once per process).
  registerWatchSignal(equipmentWatchSignal);
  // A printed card supersedes a suket, a death revokes it, in the resident write path's transaction.
  registerSuketLifecycle();
  for (const routes of [
    healthRoutes,
    authRoutes,
    regionsRoutes,
    boundariesRoutes,
    usersRoutes,
    auditRoutes,
    residentsRoutes,
    deathReportsRoutes,
    burialsRoutes,
    burialWorklistRoutes,
    fieldListsRoutes,
    electionsRoutes,
    servicePointsRoutes,
    displayRoutes,
    skmRoutes,
    bookingsPublicRoutes,
    bookingsOfficeRoutes,
    queueRoutes,
    stockRoutes,
    stockRequestRoutes,
    equipmentRoutes,
    printsRoutes,
    suketsPublicRoutes,
    suketsRoutes,
    suketBatchRoutes,
    outreachRoutes,
    outreachFieldRoutes,
    coverageRoutes,
    importsRoutes,
    reportsRoutes,
    settingsRoutes,
    exportsRoutes,
    publicRoutes,
    snapshotsRoutes,
    forecastRoutes,
    watchlistRoutes,
    noticesRoutes,
    jobsRoutes,
    outboxRoutes,
    voterRollsRoutes,
  ]) {
    await app.register(routes(deps));
  }

  const webServed = options.serveWeb ? await registerWeb(app) : false;
  app.setNotFoundHandler((req, reply) => {
    if (webServed && req.method === 'GET' && !req.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    const e = errors.routeNotFound();
    return reply.status(e.status).send(e.toBody());
  });
  return app;
}
