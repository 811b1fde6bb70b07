import { OUTCOME_REFUSAL_MESSAGES, type OutcomeRefusal } from '@sigap/domain';
import { AppError } from '../../errors';

/** The queue's refusals: stable ids, Indonesian and English. */
export const queueErrors = {
  pointNotFound: (id: number) =>
    new AppError(
      'service_point_not_found',
      404,
      `Titik layanan ${id} tidak ditemukan.`,
      `Service point ${id} not found.`,
    ),
  pointInactive: () =>
    new AppError(
      'queue_point_inactive',
      409,
      'Titik layanan ini tidak aktif.',
      'This service point is not active.',
    ),
  serviceNotOffered: () =>
    new AppError(
      'queue_service_not_offered',
      400,
      'Layanan ini tidak tersedia di titik layanan ini.',
      'This service point does not offer that service.',
    ),
  counterUnknown: (counters: number) =>
    new AppError(
      'queue_counter_unknown',
      400,
      `Titik layanan ini hanya punya loket 1–${counters}.`,
      `This service point has counters 1–${counters} only.`,
    ),
  ticketNotFound: (id: number) =>
    new AppError('queue_ticket_not_found', 404, `Antrean ${id} tidak ditemukan.`, `Ticket ${id} not found.`),
  capReached: (cap: number) =>
    new AppError(
      'queue_daily_cap_reached',
      409,
      `Kuota antrean langsung hari ini (${cap}) sudah habis. Silakan ambil antrean daring untuk hari lain.`,
      `Today's walk-in quota (${cap}) is used up. Please book online for another day.`,
    ),
  phoneInvalid: () =>
    new AppError('queue_phone_invalid', 400, 'Nomor HP tidak valid.', 'The phone number is invalid.', [
      { field: 'phone', message: 'Nomor HP tidak valid.', messageEn: 'The phone number is invalid.' },
    ]),
  bookingNotFound: () =>
    new AppError('queue_booking_not_found', 404, 'Kode booking tidak ditemukan.', 'Booking code not found.'),
  bookingOtherPoint: () =>
    new AppError(
      'queue_booking_other_point',
      409,
      'Booking ini untuk titik layanan lain.',
      'This booking is for another service point.',
    ),
  bookingNotToday: (date: string) =>
    new AppError(
      'queue_booking_not_today',
      409,
      `Booking ini untuk tanggal ${date}, bukan hari ini.`,
      `This booking is for ${date}, not today.`,
    ),
  bookingCheckedIn: () =>
    new AppError(
      'queue_booking_checked_in',
      409,
      'Booking ini sudah check-in.',
      'This booking has already checked in.',
    ),
  bookingNotConfirmed: () =>
    new AppError(
      'queue_booking_not_confirmed',
      409,
      'Booking ini belum dikonfirmasi, sudah dibatalkan atau kedaluwarsa.',
      'This booking is not confirmed, or was cancelled or expired.',
    ),
  /** The ticket moved on meanwhile (another counter called it, it was finished…). */
  wrongStatus: (status: string) =>
    new AppError(
      'queue_ticket_status',
      409,
      `Antrean ini berstatus ${status}; tindakan ini tidak berlaku.`,
      `This ticket is ${status}; that action does not apply.`,
    ),
  noShowTooEarly: (minutes: number) =>
    new AppError(
      'queue_no_show_too_early',
      409,
      `Tunggu ${minutes} menit sejak panggilan sebelum menandai tidak hadir.`,
      `Wait ${minutes} minutes after the call before marking a no-show.`,
    ),
  outcomeNeedsNik: () =>
    new AppError(
      'queue_outcome_needs_nik',
      400,
      'Hasil layanan ini perlu NIK penduduk.',
      'This outcome needs the resident’s NIK.',
      [{ field: 'nik', message: 'Isi NIK penduduk.', messageEn: 'Enter the resident’s NIK.' }],
    ),
  residentNotFound: () =>
    new AppError(
      'queue_resident_not_found',
      404,
      'Penduduk dengan NIK ini tidak ditemukan di wilayah Anda.',
      'No resident with this NIK in your region.',
    ),
  outcomeRefused: (code: OutcomeRefusal) =>
    new AppError(code, 409, OUTCOME_REFUSAL_MESSAGES[code].id, OUTCOME_REFUSAL_MESSAGES[code].en),
  residentWriteRefused: (message: string, messageEn: string) =>
    new AppError('queue_resident_write_refused', 409, message, messageEn),
  ikdExists: () =>
    new AppError(
      'outcome_ikd_not_possible',
      409,
      OUTCOME_REFUSAL_MESSAGES.outcome_ikd_not_possible.id,
      OUTCOME_REFUSAL_MESSAGES.outcome_ikd_not_possible.en,
    ),
};
