import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { notifyUser } from '../notices';
import type { UpdateUserBody } from './users.schema';

/**
 * Tells a user what someone else did to their account (issue 9): a reset password, a deactivation or
 * reactivation, a new role or region. A change they did not expect is their first sign of a takeover
 * or a mistaken admin. Runs in the caller's transaction, so the note lands with the change.
 */
export async function noticeAccountChange(
  trx: Kysely<Database>,
  target: { id: number; active: number; role: string; region_code: string },
  actor: { id: number; username: string },
  patch: UpdateUserBody,
): Promise<void> {
  if (actor.id === target.id) return;
  const id: string[] = [];
  const en: string[] = [];
  if (patch.password !== undefined) {
    id.push('kata sandi Anda diatur ulang');
    en.push('your password was reset');
  }
  if (patch.active === false && target.active === 1) {
    id.push('akun Anda dinonaktifkan');
    en.push('your account was deactivated');
  }
  if (patch.active === true && target.active !== 1) {
    id.push('akun Anda diaktifkan kembali');
    en.push('your account was reactivated');
  }
  if (patch.role !== undefined && patch.role !== target.role) {
    id.push(`peran Anda diubah menjadi ${patch.role}`);
    en.push(`your role was changed to ${patch.role}`);
  }
  if (patch.regionCode !== undefined && patch.regionCode !== target.region_code) {
    id.push(`wilayah kerja Anda diubah menjadi ${patch.regionCode}`);
    en.push(`your region was changed to ${patch.regionCode}`);
  }
  if (id.length === 0) return;
  const urgent = patch.password !== undefined || patch.active === false;
  await notifyUser(trx, target.id, {
    kind: 'account.changed',
    severity: urgent ? 'warning' : 'info',
    regionCode: null,
    message: `Oleh ${actor.username}: ${id.join('; ')}. Jika Anda tidak mengharapkannya, hubungi admin Anda.`,
    messageEn: `By ${actor.username}: ${en.join('; ')}. If you did not expect this, contact your administrator.`,
    data: { by: actor.username, changes: en },
  });
}
