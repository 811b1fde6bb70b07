import type { ReasonLike } from '../../components/ReasonBadges';
import { withQuery } from '../../lib/api';
import { type Reference, referenceParams } from '../dashboard/coverage.api';

export interface WatchItem {
  code: string;
  name: string;
  level: string;
  gap: number;
  percentRecorded: number | null;
  projectedDate: string | null;
  status: string;
  reasons: ReasonLike[];
}

export interface Watchlist {
  referenceDate: string;
  items: WatchItem[];
}

export function watchlistPath(region: string, reference: Reference): string {
  return withQuery('/v1/watchlist', { region, ...referenceParams(reference) });
}
