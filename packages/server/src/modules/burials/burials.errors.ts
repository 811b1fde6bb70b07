import { BURIAL_DATE_MESSAGES, type BurialDateRefusal, type NikIssue } from '@sigap/domain';
import { AppError } from '../../errors';

/** Every refusal of the burial register, with a stable id and its Indonesian and English text. */
export const burialErrors = {
  cemeteryNotFound: () =>
    new AppError('cemetery_not_found', 404, 'Tempat pemakaman tidak ditemukan.', 'Cemetery not found.'),
  notFound: () =>
    new AppError('burial_not_found', 404, 'Catatan pemakaman tidak ditemukan.', 'Burial entry not found.'),
  dates: (refusals: { code: BurialDateRefusal; field: string }[]) => {
    const details = refusals.map((r) => {
      const [message, messageEn] = BURIAL_DATE_MESSAGES[r.code];
      return { field: r.field, code: r.code, message, messageEn };
    });
    const first = details[0] as (typeof details)[number];
    return new AppError(first.code, 422, first.message, first.messageEn, details);
  },
  nik: (issue: NikIssue) =>
    new AppError(issue.code, 422, issue.message, issue.messageEn, [
      { field: 'nik', code: issue.code, message: issue.message, messageEn: issue.messageEn },
    ]),
  /** The phone's UUID of another entry: the same UUID with other content is a client bug, not a repeat. */
  clientIdReused: () =>
    new AppError(
      'burial_client_id_reused',
      409,
      'Kode entri ini sudah dipakai untuk catatan pemakaman lain.',
      'This entry id was already used for another burial entry.',
    ),
  locked: () =>
    new AppError(
      'burial_locked',
      409,
      'Catatan pemakaman hanya dapat diubah pencatatnya dalam 24 jam dan sebelum diproses kantor.',
      'A burial entry can be changed only by its author, within 24 hours and before the office acts on it.',
    ),
  wrongStatus: () =>
    new AppError(
      'burial_wrong_status',
      409,
      'Catatan pemakaman ini sudah diproses (mungkin oleh petugas lain). Muat ulang halaman.',
      'This burial entry has already been processed (perhaps by another officer). Reload the page.',
    ),
  residentDeceased: () =>
    new AppError(
      'burial_resident_deceased',
      409,
      'Penduduk ini sudah tercatat meninggal; pilih penduduk lain atau tutup catatan sebagai duplikat.',
      'This resident is already recorded as deceased; pick another or dismiss the entry as a duplicate.',
    ),
  notCertified: () =>
    new AppError(
      'death_certificate_not_active',
      409,
      'Tidak ada akta kematian aktif untuk catatan ini.',
      'This entry has no active death certificate.',
    ),
  /** Four eyes: the officer who issued a certificate cannot annul it. */
  sameOfficer: () =>
    new AppError(
      'death_certificate_same_officer',
      409,
      'Akta kematian hanya dapat dibatalkan petugas lain, bukan penerbitnya.',
      'A death certificate can be annulled only by another officer, not the one who issued it.',
    ),
  cemeteryRequired: () =>
    new AppError(
      'cemetery_required',
      422,
      'Pengelola makam harus ditautkan ke paling sedikit satu tempat pemakaman di wilayahnya.',
      'A cemetery manager must be linked to at least one cemetery in their region.',
      [
        {
          field: 'cemeteryIds',
          code: 'cemetery_required',
          message: 'Pilih tempat pemakaman.',
          messageEn: 'Choose the cemetery.',
        },
      ],
    ),
  cemeteryOutsideRegion: () =>
    new AppError(
      'cemetery_outside_region',
      422,
      'Tempat pemakaman tidak ada di wilayah akun ini.',
      'The cemetery is not inside this account’s region.',
      [
        {
          field: 'cemeteryIds',
          code: 'cemetery_outside_region',
          message: 'Tempat pemakaman tidak ada di wilayah akun ini.',
          messageEn: 'The cemetery is not inside this account’s region.',
        },
      ],
    ),
  unknownRegion: () =>
    new AppError('region_not_found', 404, 'Wilayah tidak ditemukan.', 'Region not found.', [
      {
        field: 'regionCode',
        code: 'region_not_found',
        message: 'Wilayah tidak ditemukan.',
        messageEn: 'Region not found.',
      },
    ]),
};
