import { type Action, isWithinScope, roleMay } from '@sigap/domain';
import type { SessionUser } from '../../context';
import { errors } from '../../errors';

/**
 * The one access rule every service applies: the role must allow the action, and the region the
 * action touches must lie inside the user's scope. Throws `forbidden` or `out_of_scope`.
 */
export function authorize(user: SessionUser, action: Action, regionCode?: string): void {
  if (!roleMay(user.role, action)) throw errors.forbidden();
  if (regionCode !== undefined) assertInScope(user, regionCode);
}

/** Scope half of `authorize`, for reads whose role check already happened. */
export function assertInScope(user: SessionUser, regionCode: string): void {
  if (!isWithinScope(user.regionCode, regionCode)) throw errors.outOfScope();
}

/** Whether the region is inside the user's scope (for filtering instead of refusing). */
export function inScope(user: SessionUser, regionCode: string): boolean {
  return isWithinScope(user.regionCode, regionCode);
}
