import { AppError } from '../../errors';

/** Refusals of online booking, worded for a resident on a phone (Indonesian first, English beside it). */
export const bookingErrors = {
  pointNotFound: () =>
    new AppError(
      'booking_point_not_found',
      404,
      'Tempat layanan tidak ditemukan atau tidak menerima booking online.',
      'Service point not found or not taking online bookings.',
    ),
  serviceNotOffered: () =>
    new AppError(
      'booking_service_not_offered',
      400,
      'Layanan ini tidak tersedia di tempat layanan tersebut.',
      'This service is not offered at that service point.',
    ),
  slotNotOffered: () =>
    new AppError(
      'booking_slot_not_offered',
      400,
      'Jam layanan yang dipilih tidak tersedia pada tanggal itu.',
      'The chosen time is not offered on that date.',
    ),
  slotFull: () =>
    new AppError(
      'booking_slot_full',
      409,
      'Maaf, kuota jam layanan ini sudah penuh. Silakan pilih jam lain.',
      'Sorry, this time slot is full. Please choose another.',
    ),
  holdNotFound: () =>
    new AppError(
      'booking_hold_not_found',
      404,
      'Pilihan jam Anda tidak ditemukan. Silakan pilih jam lagi.',
      'Your chosen slot was not found. Please choose a slot again.',
    ),
  holdExpired: (minutes: number) =>
    new AppError(
      'booking_hold_expired',
      410,
      `Waktu ${minutes} menit untuk mengisi formulir sudah habis dan jam layanan dilepas. Silakan pilih jam lagi.`,
      `The ${minutes} minutes to fill in the form have passed and the slot was released. Please choose again.`,
    ),
  nikInvalid: (detail: string, detailEn: string) =>
    new AppError('booking_nik_invalid', 400, `NIK tidak valid: ${detail}`, `Invalid NIK: ${detailEn}`, [
      { field: 'nik', message: detail, messageEn: detailEn },
    ]),
  regionNotServed: (pointName: string) =>
    new AppError(
      'booking_region_not_served',
      409,
      `${pointName} tidak melayani wilayah tempat tinggal Anda. Silakan pilih tempat layanan di kecamatan atau kabupaten/kota Anda.`,
      `${pointName} does not serve the region you live in. Please choose a service point of your district or regency.`,
    ),
  alreadyRecorded: (printStatus: string, label: string, labelEn: string) =>
    new AppError(
      'booking_already_recorded',
      409,
      `Anda sudah melakukan perekaman KTP-el; tidak perlu merekam lagi. Status cetak: ${label}.`,
      `You have already been recorded for the e-KTP; no recording is needed. Print status: ${labelEn}.`,
      // The print status rides as a field detail, so the page can show it without parsing the text.
      [{ field: 'printStatus', code: printStatus, message: label, messageEn: labelEn }],
    ),
  deceased: () =>
    new AppError(
      'booking_resident_deceased',
      409,
      'NIK ini tercatat atas nama penduduk yang telah meninggal dunia. Booking tidak dapat dibuat.',
      'This NIK belongs to a resident recorded as deceased. No booking can be made.',
    ),
  alreadyBooked: () =>
    new AppError(
      'booking_already_active',
      409,
      'NIK ini sudah memiliki booking aktif untuk layanan yang sama. Cek, ubah jadwal atau batalkan booking tersebut.',
      'This NIK already has an active booking for the same service. Look it up, reschedule or cancel it.',
    ),
  notFound: () =>
    new AppError(
      'booking_not_found',
      404,
      'Booking dengan NIK dan kode tersebut tidak ditemukan.',
      'No booking with that NIK and code was found.',
    ),
  notActive: () =>
    new AppError(
      'booking_not_active',
      409,
      'Booking ini sudah tidak aktif (dibatalkan, selesai atau kedaluwarsa).',
      'This booking is no longer active (cancelled, served or expired).',
    ),
  cutoffPassed: (hours: number) =>
    new AppError(
      'booking_change_closed',
      409,
      `Perubahan jadwal atau pembatalan ditutup ${hours} jam sebelum jam layanan.`,
      `Rescheduling or cancelling closes ${hours} hours before the slot.`,
    ),
  missedRescheduleUsed: () =>
    new AppError(
      'booking_missed_reschedule_used',
      409,
      'Booking yang terlewat hanya dapat dijadwalkan ulang satu kali, dan kesempatan itu sudah dipakai.',
      'A missed booking can be rescheduled once only, and that chance has been used.',
    ),
  rescheduleServiceMismatch: () =>
    new AppError(
      'booking_reschedule_mismatch',
      400,
      'Jadwal baru harus untuk layanan yang sama dengan booking.',
      'The new slot must be for the same service as the booking.',
    ),
  tooMany: (what: 'ip' | 'nik' | 'phone') =>
    new AppError(
      'booking_too_many',
      429,
      what === 'ip'
        ? 'Terlalu banyak permintaan booking dari perangkat/jaringan ini. Coba lagi nanti.'
        : what === 'nik'
          ? 'Terlalu banyak booking untuk NIK ini hari ini. Coba lagi besok.'
          : 'Terlalu banyak booking untuk nomor HP ini hari ini. Coba lagi besok.',
      what === 'ip'
        ? 'Too many booking requests from this device or network. Try again later.'
        : what === 'nik'
          ? 'Too many bookings for this NIK today. Try again tomorrow.'
          : 'Too many bookings for this phone number today. Try again tomorrow.',
    ),
  badRange: () =>
    new AppError(
      'booking_range_invalid',
      400,
      'Rentang tanggal undangan tidak valid (paling lama 31 hari, mulai hari ini atau sesudahnya).',
      'Invalid invitation date range (at most 31 days, from today on).',
    ),
  regionLevel: () =>
    new AppError(
      'booking_invitation_region_invalid',
      400,
      'Undangan dibuat per desa/kelurahan (atau per kecamatan untuk daftar).',
      'Invitations are made per village (or per district for the lists).',
    ),
  batchNotFound: () =>
    new AppError(
      'booking_batch_not_found',
      404,
      'Kelompok undangan tidak ditemukan.',
      'Invitation batch not found.',
    ),
};
