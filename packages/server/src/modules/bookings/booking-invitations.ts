import type { InvitationBody, InvitationReply } from '@sigap/contracts';
import { InvitationBody as InvitationSchema } from '@sigap/contracts';
import { addDays, compareIsoDates, officeToday, regionLevel } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { bookablePoint } from './booking-points';
import { bookingErrors } from './bookings.errors';
import { selectResidents } from './invitation-assign';
import { sendInvitations } from './invitation-batch';

/**
 * Invites residents from the registry to a point: each gets the first seat with room in the upcoming
 * sessions of the date range (the same guarded seat-taking as online bookings, one transaction per
 * resident), a confirmed booking of origin 'invitation' in one batch, and a letter and a WhatsApp text.
 */
export async function inviteFromRegistry(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  input: InvitationBody,
  now: Date,
): Promise<InvitationReply> {
  const body = InvitationSchema.parse(input);
  const probe = await bookablePoint(handle, pointId, body.service, body.from, body.to);
  authorize(ctx.user, 'booking.invite', probe.point.regionCode);
  const region = body.region ?? probe.point.regionCode;
  authorize(ctx.user, 'booking.invite', region);
  const level = regionLevel(region);
  if (body.kind === 'village' ? level !== 'village' : level !== 'village' && level !== 'district') {
    throw bookingErrors.regionLevel();
  }
  const today = officeToday(probe.point.regionCode, now);
  if (
    compareIsoDates(body.from, today) < 0 ||
    compareIsoDates(body.to, body.from) < 0 ||
    compareIsoDates(addDays(body.from, 30), body.to) < 0
  ) {
    throw bookingErrors.badRange();
  }
  const residents = (await selectResidents(handle, body.kind, region, body.service, today)).slice(
    0,
    body.limit,
  );
  return sendInvitations(handle, ctx, probe, body, residents, { kind: body.kind, region }, now);
}
