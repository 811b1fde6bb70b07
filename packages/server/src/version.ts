import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server-paths';

/** Sigap's version, from the root package.json so that one number is released. */
export const VERSION: string = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
