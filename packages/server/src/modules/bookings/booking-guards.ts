import { hash } from 'node:crypto';
import type { BookingRules } from '@sigap/contracts';
import {
  isRecorded,
  PRINT_STATUS_LABELS,
  type PrintStatus,
  type RecordingStatus,
  validateNik,
} from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { BookingAttemptKind, Database } from '../../db/schema';
import type { AppError } from '../../errors';
import { countAttempts, insertAttempts } from './booking-attempts.repository';
import { findResidentByNik } from './booking-confirm.repository';
import { bookingErrors } from './bookings.errors';

const HOUR = 3_600_000;

/**
 * The count needs no one's IP, NIK or number: only a stable hash of it. One-shot `hash` (the same sha256
 * as a Hash object's): four per booking, and building a Hash object each time cost about twice as much.
 */
export function hashKey(value: string): string {
  return hash('sha256', `sigap-booking:${value}`, 'hex');
}

const WINDOWS: Record<BookingAttemptKind, number> = {
  hold_ip: HOUR,
  confirm_ip: HOUR,
  lookup_ip: HOUR,
  nik: 24 * HOUR,
  phone: 24 * HOUR,
};

function tooMany(what: 'ip' | 'nik' | 'phone', kind: BookingAttemptKind): AppError {
  const e = bookingErrors.tooMany(what);
  e.retryAfterSeconds = WINDOWS[kind] / 1000;
  return e;
}

type Limit = { kind: BookingAttemptKind; value: string; limit: number };

/**
 * Refuses when a value already made its limit of attempts of its kind in their window (an hour per IP, a
 * day per NIK or phone), counted in the database so every server sees the same count; the first limit
 * reached, in the order given, is the one reported. No captcha: the limits bound what one network, one NIK
 * or one number can take, and holds give their seats back on their own.
 */
async function assertUnderLimits(db: Kysely<Database>, limits: readonly Limit[], now: Date): Promise<void> {
  const counts = await countAttempts(
    db,
    limits.map((l) => ({
      kind: l.kind,
      keyHash: hashKey(l.value),
      since: new Date(now.getTime() - WINDOWS[l.kind]).toISOString(),
    })),
  );
  limits.forEach(({ kind, limit }, i) => {
    if ((counts[i] ?? 0) >= limit) {
      throw tooMany(kind === 'nik' ? 'nik' : kind === 'phone' ? 'phone' : 'ip', kind);
    }
  });
}

export function assertUnderLimit(
  db: Kysely<Database>,
  kind: BookingAttemptKind,
  value: string,
  limit: number,
  now: Date,
): Promise<void> {
  return assertUnderLimits(db, [{ kind, value, limit }], now);
}

/** Counts attempts of their kinds (one statement for all). */
export async function recordAttempts(
  db: Kysely<Database>,
  attempts: readonly { kind: BookingAttemptKind; value: string }[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await insertAttempts(
    db,
    attempts.map((a) => ({ kind: a.kind, keyHash: hashKey(a.value), at })),
  );
}

export function recordAttempt(db: Kysely<Database>, kind: BookingAttemptKind, value: string, now: Date) {
  return recordAttempts(db, [{ kind, value }], now);
}

/** The limits a confirm checks, from the point's booking rules (one read for the three counts). */
export function assertConfirmLimits(
  db: Kysely<Database>,
  rules: BookingRules,
  who: { ip: string; nik: string; phone: string },
  now: Date,
): Promise<void> {
  return assertUnderLimits(
    db,
    [
      { kind: 'confirm_ip', value: who.ip, limit: rules.holdsPerIpHour },
      { kind: 'nik', value: who.nik, limit: rules.bookingsPerNikDay },
      { kind: 'phone', value: who.phone, limit: rules.bookingsPerPhoneDay },
    ],
    now,
  );
}

export interface ResidentCheck {
  nik: string;
  /** The registry's resident, when the NIK is in Sigap's registry. */
  residentId: number | null;
}

/**
 * The registry's word on a booking: a valid NIK; not deceased; for recording, not recorded already (the
 * refusal carries the print status instead); living where the point serves, unless the rules allow any
 * region. A NIK not in the registry is judged by the district that issued it.
 */
export async function checkResident(
  db: Kysely<Database>,
  input: { nik: string; service: string; point: { name: string; regionCode: string } },
  rules: Pick<BookingRules, 'anyRegion'>,
  today: string,
): Promise<ResidentCheck> {
  const v = validateNik(input.nik, { referenceDate: today });
  if (!v.ok) {
    const first = v.errors[0];
    throw bookingErrors.nikInvalid(first?.message ?? '', first?.messageEn ?? '');
  }
  const r = await findResidentByNik(db, v.nik);
  if (r?.life_status === 'DECEASED') throw bookingErrors.deceased();
  if (r && input.service === 'recording' && isRecorded(r.recording_status as RecordingStatus)) {
    const label = PRINT_STATUS_LABELS[r.print_status as PrintStatus];
    throw bookingErrors.alreadyRecorded(r.print_status, label.id, label.en);
  }
  const home = r?.village_code ?? v.parsed.districtCode;
  const region = input.point.regionCode;
  if (!rules.anyRegion && home !== region && !home.startsWith(`${region}.`)) {
    throw bookingErrors.regionNotServed(input.point.name);
  }
  return { nik: v.nik, residentId: r?.id ?? null };
}
