import type { Db } from '../../db/connect';
import type { UserRow } from '../../db/schema';
import { recordAuditAlone } from '../audit';
import { alertAdmins } from '../notices';
import { WINDOW_MINUTES } from './login-throttle';
import { countIpFailures, countUsernameFailures } from './login-throttle.repository';

/**
 * Tells admins about attacks the throttle is slowing down, once per storm: the dedupe key names the
 * storm (an IP per hour for a spray, an account per day for a guess), and the audit entry is written
 * only when that key's notice is new.
 * - Spray: failures for SPRAY_USERNAMES or more distinct usernames from one IP within 15 minutes.
 *   Superadmins only: the usernames belong to no single region (and many may not exist).
 * - Guessing: GUESS_FAILURES or more failures for one existing account within 24 hours, from anywhere.
 *   Superadmins and the admins whose scope holds the account's region.
 */
export const SPRAY_USERNAMES = 10;
export const GUESS_FAILURES = 10;
const GUESS_HOURS = 24;

export async function alertOnLoginStorms(
  handle: Db,
  attempt: { username: string; ip: string; user: UserRow | undefined },
  now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000).toISOString();
  const spray = await countIpFailures(handle.db, attempt.ip, since);
  if (spray.usernames >= SPRAY_USERNAMES) {
    const hour = now.toISOString().slice(0, 13);
    const added = await alertAdmins(
      handle.db,
      {
        kind: 'auth.login_spray',
        severity: 'warning',
        regionCode: null,
        params: { usernames: spray.usernames, ip: attempt.ip, minutes: WINDOW_MINUTES },
        data: { ip: attempt.ip, usernames: spray.usernames, failures: spray.n },
        dedupeKey: `auth.login_spray:${attempt.ip}:${hour}`,
      },
      now,
    );
    if (added > 0) {
      await recordAuditAlone(handle, {
        actor: null,
        action: 'auth.login_spray',
        entity: 'ip',
        entityId: attempt.ip,
        regionCode: null,
        summary: { usernames: spray.usernames, failures: spray.n, windowMinutes: WINDOW_MINUTES },
        ip: attempt.ip,
      });
    }
  }

  const user = attempt.user;
  if (!user) return;
  const guessSince = new Date(now.getTime() - GUESS_HOURS * 3_600_000).toISOString();
  const failures = await countUsernameFailures(handle.db, attempt.username, guessSince);
  if (failures < GUESS_FAILURES) return;
  const added = await alertAdmins(
    handle.db,
    {
      kind: 'auth.login_guessing',
      severity: 'warning',
      regionCode: user.region_code,
      params: { username: user.username, failures, hours: GUESS_HOURS, ip: attempt.ip },
      data: { userId: user.id, username: user.username, failures, ip: attempt.ip },
      dedupeKey: `auth.login_guessing:${user.id}:${now.toISOString().slice(0, 10)}`,
    },
    now,
  );
  if (added > 0) {
    await recordAuditAlone(handle, {
      actor: null,
      action: 'auth.login_guessing',
      entity: 'user',
      entityId: user.id,
      regionCode: user.region_code,
      summary: { username: user.username, failures, windowHours: GUESS_HOURS },
      ip: attempt.ip,
    });
  }
}
