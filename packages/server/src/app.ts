import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppDeps } from './app-deps';
import { errors } from './errors';
import { registerAuthHooks } from './http/auth-hooks';
import { registerErrorHandling } from './http/error-handler';
import { enforceRolePolicies, requireRoutePolicies } from './http/route-policy';
import { auditRoutes } from './modules/audit/audit.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { coverageRoutes } from './modules/counters/coverage.routes';
import { electionsRoutes } from './modules/elections/elections.routes';
import { exportsRoutes } from './modules/exports/exports.routes';
import { forecastRoutes } from './modules/forecast/forecast.routes';
import { healthRoutes } from './modules/health/health.routes';
import { importsRoutes } from './modules/imports/imports.routes';
import { noticesRoutes } from './modules/notices';
import { publicRoutes } from './modules/public/public.routes';
import { regionsRoutes } from './modules/regions/regions.routes';
import { reportsRoutes } from './modules/reports/reports.routes';
import { residentsRoutes } from './modules/residents/residents.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { snapshotsRoutes } from './modules/snapshots/snapshots.routes';
import { usersRoutes } from './modules/users/users.routes';
import { watchlistRoutes } from './modules/watchlist/watchlist.routes';
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
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:'], 'upgrade-insecure-requests': null },
    },
    hsts: deps.config.cookieSecure,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Sigap API', version: VERSION, description: 'e-KTP recording and election readiness' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuthHooks(app, deps);
  enforceRolePolicies(app);
  requireRoutePolicies(app);
  for (const routes of [
    healthRoutes,
    authRoutes,
    regionsRoutes,
    usersRoutes,
    auditRoutes,
    residentsRoutes,
    electionsRoutes,
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
