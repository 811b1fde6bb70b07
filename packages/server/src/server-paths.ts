import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Files the server reads at run time, located from the server package's root. This module sits directly in
 * `src/`, and the compiled bundles sit directly in `dist/` (import.meta.url is the bundle's own URL), so `..`
 * is the package root both when run from sources (tsx, vitest) and from the build (`npm start`).
 */
export const SERVER_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The monorepo root: the release version is read from its package.json. */
export const REPO_ROOT = path.resolve(SERVER_ROOT, '../..');

/** The production build of the web app, served by the server. */
export const WEB_DIST = path.resolve(SERVER_ROOT, '../web/dist');

/** The official Kemendagri region CSVs vendored from idn-area-data (see assets/regions/README.md). */
export const REGION_DATA_DIR = path.join(SERVER_ROOT, 'assets/regions');

/** Region boundaries as TopoJSON (cahyadsn/wilayah_boundaries, MIT; see assets/boundaries/ATTRIBUTION.md). */
export const BOUNDARY_DATA_DIR = path.join(SERVER_ROOT, 'assets/boundaries');
