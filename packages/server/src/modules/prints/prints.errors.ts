import { AppError } from '../../errors';

/** The print module's refusals: stable ids, Indonesian and English. */
export const printErrors = {
  /** Printing happens at a regency/city office, which holds the blanko stock card. */
  officeInvalid: (code: string) =>
    new AppError(
      'print_office_invalid',
      400,
      `Kantor cetak ${code} harus kabupaten/kota.`,
      `Printing office ${code} must be a regency/city.`,
    ),
  /** No blanko: the office may issue a suket instead (surat keterangan pengganti KTP-el). */
  noBlanko: (office: string) =>
    new AppError(
      'print_no_blanko',
      409,
      `Blanko KTP-el di ${office} habis: cetak ditolak. Terbitkan surat keterangan (suket) pengganti KTP-el sampai blanko tersedia.`,
      `${office} has no blanko left: printing refused. Issue a suket (certificate in lieu of the e-KTP) until blanko arrives.`,
    ),
  /** A ribbon or film has to be taken from stock for the next card and there is none. */
  noSupply: (item: string, office: string) =>
    new AppError(
      'print_no_supply',
      409,
      `${item} di ${office} habis: cetak ditolak sampai stok ${item.toLowerCase()} diterima.`,
      `${office} has no ${item.toLowerCase()} left: printing refused until ${item.toLowerCase()} is received.`,
    ),
  /** Unknown or outside the user's scope: answered alike, so ids cannot be walked to find residents. */
  residentNotFound: () =>
    new AppError('print_resident_not_found', 404, 'Penduduk tidak ditemukan.', 'Resident not found.'),
  notWaiting: () =>
    new AppError(
      'print_not_waiting',
      409,
      'Penduduk ini tidak dalam antrean cetak (bukan PRR atau sudah dicetak).',
      'This resident is not in the print queue (not PRR or already printed).',
    ),
  outsideOffice: () =>
    new AppError(
      'print_outside_office',
      409,
      'Penduduk ini tinggal di luar wilayah kantor cetak.',
      "This resident lives outside the printing office's area.",
    ),
  reasonRequired: () =>
    new AppError(
      'print_spoil_reason_required',
      400,
      'Alasan blanko rusak wajib diisi.',
      'A reason is required for a spoiled card.',
    ),
  notPrinted: () =>
    new AppError(
      'print_not_printed',
      409,
      'KTP-el penduduk ini belum dicetak atau sudah diserahkan.',
      "This resident's card has not been printed or was already handed over.",
    ),
  receiverNameRequired: () =>
    new AppError(
      'print_receiver_name_required',
      400,
      'Nama anggota keluarga yang menerima wajib diisi.',
      'The name of the family member who received the card is required.',
    ),
  writeRefused: (message: string, messageEn: string) =>
    new AppError('print_resident_write_refused', 409, message, messageEn),
  noRoll: (item: string) =>
    new AppError(
      'print_roll_not_in_use',
      409,
      `Tidak ada ${item.toLowerCase()} yang sedang dipakai.`,
      `No ${item.toLowerCase()} is in use.`,
    ),
};
