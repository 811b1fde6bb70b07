import { ApiError } from './api';

/**
 * True when the server does not know the route at all: a module not installed (yet) on this server. Pages show
 * a calm "not available" note for it instead of an error, since nothing the user does will fix it.
 */
export function isUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && error.error === 'route_not_found';
}
