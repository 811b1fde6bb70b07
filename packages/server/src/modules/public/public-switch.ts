import type { PublicDashboardSetting, PublicDashboardState } from '@sigap/contracts';
import { NATIONAL_CODE } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { AppError } from '../../errors';
import { authorize } from '../access';
import { getSetting, putSetting } from '../settings';

/**
 * Read at each request rather than once at start: the server operator's switch must win over the
 * database setting, and tests can flip it without rebuilding the app.
 */
export function environmentAllowsPublic(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.SIGAP_PUBLIC_DASHBOARD?.trim().toLowerCase() !== 'false';
}

export async function publicDashboardState(handle: Db): Promise<PublicDashboardState> {
  const setting = (await getSetting(handle.db, NATIONAL_CODE, 'public_dashboard')).enabled;
  const environment = environmentAllowsPublic();
  return { enabled: setting && environment, setting, environment };
}

/** 404 (not 403): a switched-off public dashboard should look like no dashboard at all. */
export async function assertPublicDashboardEnabled(handle: Db): Promise<void> {
  if ((await publicDashboardState(handle)).enabled) return;
  throw new AppError(
    'public_dashboard_disabled',
    404,
    'Dasbor publik sedang dinonaktifkan.',
    'The public dashboard is switched off.',
  );
}

export async function getPublicDashboardSwitch(handle: Db, ctx: RequestContext) {
  authorize(ctx.user, 'settings.manage');
  return publicDashboardState(handle);
}

/** Only a user with national scope (the superadmin) may switch the nation's public dashboard. */
export async function putPublicDashboardSwitch(
  handle: Db,
  ctx: RequestContext,
  body: PublicDashboardSetting,
): Promise<PublicDashboardState> {
  await putSetting(handle, ctx, NATIONAL_CODE, 'public_dashboard', body);
  return publicDashboardState(handle);
}
