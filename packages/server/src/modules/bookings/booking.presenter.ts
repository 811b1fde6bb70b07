import type { BookingRules, PublicBooking } from '@sigap/contracts';
import { maskNik } from '@sigap/domain';
import {
  mayCancel,
  qrContent,
  queueLabel,
  rescheduleDecision,
  waShareLink,
  whatsappText,
} from './booking-rules';
import type { BookingRow } from './bookings.repository';

export interface PointInfo {
  id: number;
  name: string;
  address: string;
}

/** The text fields of a booking for the letter, the WhatsApp text and the .ics file. */
export function invitationOf(b: BookingRow, point: PointInfo) {
  return {
    fullName: b.full_name,
    code: b.code,
    service: b.service,
    date: b.date,
    start: b.slot_start,
    end: b.slot_end,
    queueLabel: queueLabel(b.queue_number === null ? null : Number(b.queue_number)),
    pointName: point.name,
    address: point.address,
  };
}

/** What the resident sees of their booking (NIK masked), with what they may still do now. */
export function toPublicBooking(
  b: BookingRow,
  point: PointInfo,
  rules: BookingRules,
  missedUsed: number,
  now: Date,
): PublicBooking {
  const at = { regionCode: b.region_code, date: b.date, start: b.slot_start, status: b.status };
  const movable = b.status === 'confirmed' || b.status === 'no_show';
  const text = whatsappText(invitationOf(b, point));
  return {
    code: b.code,
    status: b.status,
    service: b.service,
    nikMasked: maskNik(b.nik),
    fullName: b.full_name,
    date: b.date,
    start: b.slot_start,
    end: b.slot_end,
    queueNumber: b.queue_number === null ? null : Number(b.queue_number),
    queueLabel: queueLabel(b.queue_number === null ? null : Number(b.queue_number)),
    point,
    rescheduleCount: Number(b.reschedule_count),
    canReschedule: movable && rescheduleDecision(at, rules.rescheduleCutoffHours, missedUsed, now).ok,
    canCancel: b.status === 'confirmed' && mayCancel(at, rules.rescheduleCutoffHours, now),
    whatsappText: text,
    whatsappLink: waShareLink(text),
    qr: qrContent(b.code),
  };
}
