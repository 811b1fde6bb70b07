import { formatDateLong } from '@sigap/domain';
import { AppError } from '../../errors';

/** Stable ids with Indonesian and English text for every refusal of the outreach module. */
export const outreachErrors = {
  siteNotFound: (id: number) =>
    new AppError('outreach_site_not_found', 404, `Lokasi ${id} tidak ditemukan.`, `Site ${id} not found.`),
  visitNotFound: (id: number) =>
    new AppError(
      'outreach_visit_not_found',
      404,
      `Kunjungan ${id} tidak ditemukan.`,
      `Visit ${id} not found.`,
    ),
  siteVillage: () =>
    new AppError(
      'outreach_site_village_invalid',
      400,
      'Lokasi jemput bola harus di sebuah desa/kelurahan yang dikenal.',
      'An outreach site must lie in a known village.',
    ),
  suggestionRegion: () =>
    new AppError(
      'outreach_region_too_large',
      400,
      'Saran lokasi dihitung per kabupaten/kota (atau kecamatan/desa di dalamnya).',
      'Suggestions are computed per regency/city (or a district or village inside it).',
    ),
  rosterKind: () =>
    new AppError(
      'outreach_roster_kind',
      400,
      'Daftar nama hanya untuk sekolah dan lapas/rutan.',
      'Rosters are only for schools and prisons/detention centres.',
    ),
  rosterColumns: (missing: string[]) =>
    new AppError(
      'outreach_roster_columns',
      400,
      `Kolom wajib tidak ditemukan: ${missing.join(', ')} (butuh NIK, NAMA, TGL_LAHIR; KELAS boleh).`,
      `Required columns missing: ${missing.join(', ')} (NIK, NAME, BIRTH DATE needed; CLASS optional).`,
    ),
  rosterEmpty: () =>
    new AppError(
      'outreach_roster_empty',
      400,
      'Berkas tidak berisi baris data.',
      'The file holds no data rows.',
    ),
  rosterTooLarge: (max: number) =>
    new AppError(
      'outreach_roster_too_large',
      400,
      `Daftar paling banyak ${max} baris per lokasi.`,
      `A roster holds at most ${max} rows per site.`,
    ),
  visitTimes: () =>
    new AppError(
      'outreach_visit_times',
      400,
      'Jam selesai harus setelah jam mulai.',
      'The end time must be after the start time.',
    ),
  visitPast: () =>
    new AppError(
      'outreach_visit_past',
      400,
      'Kunjungan tidak dapat dijadwalkan pada hari yang sudah lewat.',
      'A visit cannot be planned on a day that has passed.',
    ),
  teamMember: (id: number) =>
    new AppError(
      'outreach_team_invalid',
      400,
      `Petugas ${id} bukan petugas aktif kabupaten/kota lokasi ini.`,
      `Officer ${id} is not an active officer of this site's regency/city.`,
    ),
  equipmentItem: (id: number) =>
    new AppError(
      'outreach_equipment_invalid',
      400,
      `Peralatan ${id} tidak dapat dipakai di kabupaten/kota ini pada hari itu (bukan miliknya, tidak dipinjam, atau rusak).`,
      `Equipment ${id} cannot be used in this regency/city that day (not its own, not lent to it, or broken).`,
    ),
  busy: (what: string, whatEn: string, siteName: string, day: string) =>
    new AppError(
      'outreach_resource_busy',
      409,
      `${what} sudah bertugas di ${siteName} pada ${formatDateLong(day)}: satu orang atau satu set tidak bisa di dua tempat sekaligus.`,
      `${whatEn} is already assigned to ${siteName} on ${formatDateLong(day, 'en')}: a person or a set cannot be in two places at once.`,
    ),
  visitState: () =>
    new AppError(
      'outreach_visit_cancelled',
      409,
      'Kunjungan ini sudah dibatalkan.',
      'This visit has been cancelled.',
    ),
  walkInNik: (message: string, messageEn: string) =>
    new AppError('outreach_walk_in_nik', 400, `NIK tidak sah: ${message}`, `Invalid NIK: ${messageEn}`),
  notTarget: () =>
    new AppError(
      'outreach_not_target',
      400,
      'Penduduk ini tidak ada dalam paket kunjungan; catat sebagai datang langsung dengan NIK.',
      'This resident is not in the visit pack; record a walk-in by NIK.',
    ),
  clientIdReused: () =>
    new AppError(
      'outreach_client_id_reused',
      409,
      'clientId ini sudah dipakai untuk tindakan lain.',
      'This clientId was already used for another action.',
    ),
  writeRefused: (message: string, messageEn: string) =>
    new AppError('outreach_write_refused', 409, message, messageEn),
  deviceOther: () =>
    new AppError(
      'outreach_device_taken',
      409,
      'Perangkat ini terdaftar atas petugas lain.',
      'This device is registered to another officer.',
    ),
};
