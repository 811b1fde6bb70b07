import { randomInt } from 'node:crypto';
import { addDays, dayCloseInstant, formatDateLong, toMinutes, zoneOfRegion } from '@sigap/domain';

/**
 * Pure rules of online booking: codes, the instant a slot starts, the change cut-off, the once-only
 * reschedule of a missed booking, and the texts a resident receives.
 */

/** No 0/O, 1/I/L: a code read aloud or copied from paper cannot be misread. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newBookingCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** "K7MQ-2XPA": how the code is printed and shown (the API accepts it with or without the dash). */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What the QR carries: `SIGAP:<CODE>`. Short (a small, robust QR on a phone screen or a cheap print),
 * no origin to go stale when the office changes its address; the office scanner also takes a bare code.
 */
export function qrContent(code: string): string {
  return `SIGAP:${code}`;
}

export function queueLabel(n: number | null): string | null {
  return n === null ? null : `A-${String(n).padStart(3, '0')}`;
}

/** The instant a slot starts on the point's own clock (WIB, WITA or WIT). */
export function slotInstant(regionCode: string, date: string, start: string): Date {
  const midnight = dayCloseInstant(addDays(date, -1), zoneOfRegion(regionCode));
  return new Date(midnight.getTime() + toMinutes(start) * 60_000);
}

/** Whether the slot has begun (a booking whose slot began and was not served is missed). */
export function slotHasBegun(regionCode: string, date: string, start: string, now: Date): boolean {
  return slotInstant(regionCode, date, start).getTime() <= now.getTime();
}

export type ChangeDecision = { ok: true; missed: boolean } | { ok: false; reason: 'cutoff' | 'missed_used' };

/**
 * May a booking be moved now? Before the cut-off (hours before its slot): yes. Between the cut-off and
 * the slot: no. Once the slot has passed (a missed booking, or one the office marked no-show): once only;
 * the users of other systems complain that a missed booking cannot be moved at all.
 */
export function rescheduleDecision(
  b: { regionCode: string; date: string; start: string; status: string },
  cutoffHours: number,
  missedReschedulesUsed: number,
  now: Date,
): ChangeDecision {
  const startsAt = slotInstant(b.regionCode, b.date, b.start).getTime();
  const missed = b.status === 'no_show' || startsAt <= now.getTime();
  if (missed) return missedReschedulesUsed > 0 ? { ok: false, reason: 'missed_used' } : { ok: true, missed };
  if (startsAt - cutoffHours * 3_600_000 < now.getTime()) return { ok: false, reason: 'cutoff' };
  return { ok: true, missed: false };
}

/** A cancellation must come before the cut-off (after it the seat could not be given to someone else). */
export function mayCancel(
  b: { regionCode: string; date: string; start: string },
  cutoffHours: number,
  now: Date,
) {
  return slotInstant(b.regionCode, b.date, b.start).getTime() - cutoffHours * 3_600_000 >= now.getTime();
}

export const SERVICE_LABELS: Record<string, { id: string; en: string }> = {
  recording: { id: 'Perekaman KTP-el', en: 'e-KTP recording' },
  printing: { id: 'Pencetakan KTP-el', en: 'e-KTP printing' },
  ikd_activation: { id: 'Aktivasi IKD', en: 'IKD activation' },
  data_change: { id: 'Perubahan data', en: 'Data change' },
};

export interface InvitationText {
  fullName: string;
  code: string;
  service: string;
  date: string;
  start: string;
  end: string;
  queueLabel: string | null;
  pointName: string;
  address: string;
}

/** The WhatsApp text of a booking or an invitation: day, date, time, place, code and number. */
export function whatsappText(b: InvitationText): string {
  const lines = [
    `Yth. ${b.fullName},`,
    `Jadwal layanan ${SERVICE_LABELS[b.service]?.id ?? b.service} Anda:`,
    `Hari/tanggal: ${formatDateLong(b.date)}`,
    `Jam: ${b.start}–${b.end}`,
    `Tempat: ${b.pointName}, ${b.address}`,
    `Kode booking: ${formatCode(b.code)}${b.queueLabel ? ` · No. antrean ${b.queueLabel}` : ''}`,
    'Mohon datang tepat waktu dan membawa KK/KTP-el asli.',
  ];
  return lines.join('\n');
}

export function waShareLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
