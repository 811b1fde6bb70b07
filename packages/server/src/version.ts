import { readFileSync } from 'node:fs';

/** Sigap's version, from the root package.json so that one number is released. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
