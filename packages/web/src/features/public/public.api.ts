import { NATIONAL_CODE } from '@sigap/domain';
import { withQuery } from '../../lib/api';
import { type Reference, referenceParams } from '../dashboard/coverage.api';

/** The no-login endpoints (server: modules/public); same shapes as the signed-in coverage API. */
export function publicCoveragePath(region: string, reference: Reference): string {
  return withQuery('/public/coverage', { region, ...referenceParams(reference) });
}

export const PUBLIC_ELECTIONS_PATH = '/public/elections';

/** One level up: "18.71.01" → "18.71" → "18" → national. */
export function parentOf(code: string): string {
  const cut = code.lastIndexOf('.');
  return cut === -1 ? NATIONAL_CODE : code.slice(0, cut);
}
