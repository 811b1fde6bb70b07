import type { UpdateUserBody } from '@sigap/contracts';
import type { Role } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { type AccountChange, notifyUser, renderAccountChange } from '../notices';

/**
 * Tells a user what someone else did to their account (issue 9): a reset password, a deactivation or
 * reactivation, a new role or region. A change they did not expect is their first sign of a takeover
 * or a mistaken admin. Runs in the caller's transaction, so the note lands with the change.
 */
export async function noticeAccountChange(
  trx: Kysely<Database>,
  target: { id: number; active: number; role: Role; region_code: string },
  actor: { id: number; username: string },
  patch: UpdateUserBody,
): Promise<void> {
  if (actor.id === target.id) return;
  const changes: AccountChange[] = [];
  if (patch.password !== undefined) changes.push('password_reset');
  if (patch.active === false && target.active === 1) changes.push('deactivated');
  if (patch.active === true && target.active !== 1) changes.push('reactivated');
  if (patch.role !== undefined && patch.role !== target.role) changes.push('role_changed');
  if (patch.regionCode !== undefined && patch.regionCode !== target.region_code)
    changes.push('region_changed');
  if (changes.length === 0) return;
  const params = { by: actor.username, changes, role: patch.role ?? '', region: patch.regionCode ?? '' };
  const urgent = patch.password !== undefined || patch.active === false;
  await notifyUser(trx, target.id, {
    kind: 'account.changed',
    severity: urgent ? 'warning' : 'info',
    regionCode: null,
    params,
    // The English list stays in `data` as before, for clients that read it.
    data: { by: actor.username, changes: changes.map((c) => renderAccountChange(c, params)[1]) },
  });
}
