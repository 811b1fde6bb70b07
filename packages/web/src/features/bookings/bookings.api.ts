import type {
  BookingFileBody,
  ConfirmBody,
  HoldBody,
  HoldReply,
  HoldToken,
  InvitationBody,
  InvitationReply,
  LookupBody,
  PublicBookingReply,
  ReleaseReply,
  RescheduleBody,
} from '@sigap/contracts';
import { ApiError, api, withQuery } from '../../lib/api';
import { translate } from '../../lib/i18n';

export const BOOKING_POINTS_PATH = '/v1/bookings/points';

export function bookingSlotsPath(pointId: number, service: string, from?: string): string {
  return withQuery('/v1/bookings/slots', { pointId, service, from, days: 14 });
}

export function dayBookingsPath(pointId: number, date: string): string {
  return withQuery(`/v1/bookings/points/${pointId}/day`, { date });
}

export const holdSlot = (body: HoldBody, key: string) => api.post<HoldReply>('/v1/bookings/holds', body, key);
export const releaseHold = (body: HoldToken, key: string) =>
  api.post<ReleaseReply>('/v1/bookings/holds/release', body, key);
export const confirmBooking = (body: ConfirmBody, key: string) =>
  api.post<PublicBookingReply>('/v1/bookings', body, key);
export const lookupBooking = (body: LookupBody) => api.post<PublicBookingReply>('/v1/bookings/lookup', body);
export const cancelBooking = (body: LookupBody, key: string) =>
  api.post<PublicBookingReply>('/v1/bookings/cancel', body, key);
export const rescheduleBooking = (body: RescheduleBody, key: string) =>
  api.post<PublicBookingReply>('/v1/bookings/reschedule', body, key);
export const inviteResidents = (pointId: number, body: InvitationBody, key: string) =>
  api.post<InvitationReply>(`/v1/bookings/points/${pointId}/invitations`, body, key);

async function saveResponse(response: Response, fallback: string): Promise<void> {
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      | { error?: string; message?: string; messageEn?: string }
      | undefined;
    throw new ApiError(
      response.status,
      body?.error ?? 'server_error',
      body?.message ?? translate('id', 'error.server'),
      body?.messageEn ?? translate('en', 'error.server'),
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fallback;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The invitation as a file. POSTed (the NIK stays out of URLs and logs), so it cannot be a plain link:
 * fetched, then handed to the browser as a download.
 */
export async function downloadInvitation(body: BookingFileBody): Promise<void> {
  const response = await fetch('/api/v1/bookings/invitation', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  await saveResponse(response, `undangan-${body.code}.${body.format}`);
}
