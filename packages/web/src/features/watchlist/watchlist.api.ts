import { withQuery } from '../../lib/api';
import { type Reference, referenceParams } from '../dashboard/coverage.api';

export function watchlistPath(region: string, reference: Reference): string {
  return withQuery('/v1/watchlist', { region, ...referenceParams(reference) });
}
