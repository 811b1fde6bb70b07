import { SERVICE_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { IsoDate, RegionCode } from './common';
import { SERVICE_POINT_KINDS } from './service-points';

/** Online booking (issue 12): public (no login) seat holds, bookings, lookups; office lists and invitations. */

export const BOOKING_STATUSES = [
  'held',
  'confirmed',
  'checked_in',
  'served',
  'no_show',
  'cancelled',
  'expired',
] as const;
export const INVITATION_KINDS = ['village', 'not_recorded', 'first_time_voters'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

const Service = z.enum(SERVICE_KINDS);
const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Jam harus HH:MM.|Time must be HH:MM.');
/** A typed NIK: separators are stripped by the server, which also checks the digits (domain nik.ts). */
const NikInput = z.string().trim().min(1, 'NIK wajib diisi.|NIK is required.').max(40);
/** A booking code as printed: 8 letters and digits; spaces and dashes are ignored. */
export const BookingCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z.string().regex(/^[A-Z0-9]{8}$/, 'Kode booking 8 huruf/angka.|A booking code has 8 letters/digits.'),
  );

export const BookingPoint = z.object({
  id: z.number(),
  name: z.string(),
  kind: z.enum(SERVICE_POINT_KINDS),
  address: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  services: z.array(Service),
});
export type BookingPoint = z.infer<typeof BookingPoint>;
export const BookingPointList = z.object({ items: z.array(BookingPoint) });
export type BookingPointList = z.infer<typeof BookingPointList>;
export const BookingPointQuery = z.object({ region: RegionCode.optional() });

export const BookingSlotsQuery = z.object({
  pointId: z.coerce.number().int().positive(),
  service: Service,
  from: IsoDate.optional(),
  days: z.coerce.number().int().min(1).max(31).default(14),
});
export type BookingSlotsQuery = z.infer<typeof BookingSlotsQuery>;
export const BookingSlot = z.object({
  date: z.string(),
  start: z.string(),
  end: z.string(),
  capacity: z.number(),
  free: z.number(),
});
export type BookingSlot = z.infer<typeof BookingSlot>;
export const BookingSlotsReply = z.object({
  pointId: z.number(),
  service: Service,
  holdMinutes: z.number(),
  /** Only slots with room, in date and time order. */
  slots: z.array(BookingSlot),
});
export type BookingSlotsReply = z.infer<typeof BookingSlotsReply>;

export const HoldBody = z.object({
  pointId: z.number().int().positive(),
  service: Service,
  date: IsoDate,
  start: HhMm,
});
export type HoldBody = z.infer<typeof HoldBody>;
export const HoldReply = z.object({
  token: z.string(),
  expiresAt: z.string(),
  pointId: z.number(),
  service: Service,
  date: z.string(),
  start: z.string(),
  end: z.string(),
});
export type HoldReply = z.infer<typeof HoldReply>;
export const HoldToken = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) });
export type HoldToken = z.infer<typeof HoldToken>;
/** Letting a hold go gives its seat back at once instead of at its expiry. */
export const ReleaseReply = z.object({ released: z.boolean() });
export type ReleaseReply = z.infer<typeof ReleaseReply>;

export const ConfirmBody = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  nik: NikInput,
  fullName: z
    .string()
    .trim()
    .min(2, 'Nama terlalu pendek.|Name too short.')
    .max(100, 'Nama terlalu panjang.|Name too long.'),
  phone: z
    .string()
    .trim()
    .regex(
      /^(\+62|62|0)8\d{7,12}$/,
      'Nomor HP harus 08…, 628… atau +628….|Phone must be 08…, 628… or +628….',
    ),
});
export type ConfirmBody = z.infer<typeof ConfirmBody>;

/** What a resident sees of their own booking: NIK masked, the place and time, the code and number. */
export const PublicBooking = z.object({
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  service: Service,
  nikMasked: z.string(),
  fullName: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  queueNumber: z.number().nullable(),
  queueLabel: z.string().nullable(),
  point: z.object({ id: z.number(), name: z.string(), address: z.string() }),
  rescheduleCount: z.number(),
  /** Whether a reschedule is still possible now (before the cut-off, or once for a missed booking). */
  canReschedule: z.boolean(),
  canCancel: z.boolean(),
  /** Text for a WhatsApp message and its wa.me link (no number: the resident picks the chat). */
  whatsappText: z.string(),
  whatsappLink: z.string(),
  /** The QR content, read by the office scanner at check-in. */
  qr: z.string(),
});
export type PublicBooking = z.infer<typeof PublicBooking>;
export const PublicBookingReply = z.object({ booking: PublicBooking });
export type PublicBookingReply = z.infer<typeof PublicBookingReply>;

export const LookupBody = z.object({ nik: NikInput, code: BookingCode });
export type LookupBody = z.input<typeof LookupBody>;
export const RescheduleBody = LookupBody.extend({ token: HoldToken.shape.token });
export type RescheduleBody = z.input<typeof RescheduleBody>;
/** The invitation as a file: POSTed, so the NIK never sits in a URL (logs, history, proxies). */
export const BookingFileBody = LookupBody.extend({ format: z.enum(['pdf', 'ics']) });
export type BookingFileBody = z.input<typeof BookingFileBody>;

/** Office view of a day's bookings at a point (booking.read). */
export const OfficeBookingsQuery = z.object({ date: IsoDate.optional() });
export const OfficeBooking = z.object({
  id: z.number(),
  code: z.string(),
  status: z.enum(BOOKING_STATUSES),
  service: Service,
  nikMasked: z.string(),
  fullName: z.string(),
  phoneMasked: z.string().nullable(),
  start: z.string(),
  end: z.string(),
  queueLabel: z.string().nullable(),
  origin: z.enum(['online', 'invitation']),
});
export type OfficeBooking = z.infer<typeof OfficeBooking>;
export const OfficeBookingsReply = z.object({
  pointId: z.number(),
  date: z.string(),
  items: z.array(OfficeBooking),
});
export type OfficeBookingsReply = z.infer<typeof OfficeBookingsReply>;

export const InvitationBody = z.object({
  kind: z.enum(INVITATION_KINDS),
  /** A village (kind 'village') or a district or village (the lists); default: the point's own region. */
  region: RegionCode.optional(),
  service: Service,
  from: IsoDate,
  to: IsoDate,
  /** At most this many residents in one run (the letters are printed). */
  limit: z.number().int().min(1).max(500).default(100),
});
export type InvitationBody = z.input<typeof InvitationBody>;
export const InvitationItem = z.object({
  code: z.string(),
  fullName: z.string(),
  nikMasked: z.string(),
  date: z.string(),
  start: z.string(),
  queueLabel: z.string().nullable(),
  whatsappText: z.string(),
});
export const InvitationReply = z.object({
  batchId: z.number(),
  assigned: z.number(),
  /** Residents left out: already booked for the service, or no seat left in the date range. */
  skipped: z.number(),
  items: z.array(InvitationItem),
});
export type InvitationReply = z.infer<typeof InvitationReply>;
export const BatchParams = z.object({
  id: z.coerce.number().int().positive(),
  batchId: z.coerce.number().int().positive(),
});
