import { withQuery } from '../../lib/api';

/** The service points of the user's scope. */
export const SERVICE_POINTS_PATH = '/v1/service-points';

/** A point's slots and totals for a week from `from` (seven days, the server allows up to 31). */
export function weekCapacityPath(id: number, from: string, to: string): string {
  return withQuery(`/v1/service-points/${id}/capacity`, { from, to });
}
