import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { WEB_DIST } from '../server-paths';

/**
 * Serves the built SPA. Unknown non-API paths get index.html so that deep links such as /pengguna work
 * after a reload; hashed assets are cached for a year, index.html never (a new release shows at once).
 */
export async function registerWeb(app: FastifyInstance, distDir = WEB_DIST): Promise<boolean> {
  if (!existsSync(path.join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    setHeaders(res, filePath) {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
