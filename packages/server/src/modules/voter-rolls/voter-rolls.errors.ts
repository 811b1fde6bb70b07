import { AppError } from '../../errors';

/** The voter-roll errors clients switch on (stable ids, Indonesian and English). */
export const voterRollErrors = {
  notFound: () =>
    new AppError('voter_roll_not_found', 404, 'Daftar pemilih tidak ditemukan.', 'Voter roll not found.'),
  notClassified: () =>
    new AppError(
      'voter_roll_not_classified',
      409,
      'Daftar pemilih ini belum selesai dicocokkan.',
      'This voter roll has not finished its cross-check yet.',
    ),
  regionOutsideRoll: () =>
    new AppError(
      'voter_roll_region_outside',
      422,
      'Wilayah yang diminta tidak termasuk wilayah daftar pemilih ini.',
      'The requested region is not part of this voter roll.',
    ),
  electionElsewhere: () =>
    new AppError(
      'voter_roll_election_region',
      422,
      'Pemilihan ini tidak diselenggarakan di wilayah daftar pemilih.',
      'This election is not held in the voter roll’s region.',
    ),
  outreachSiteMissing: () =>
    new AppError(
      'voter_roll_outreach_site_missing',
      400,
      'Pilih lokasi jemput bola yang akan memakai daftar ini.',
      'Choose the outreach site that will use this list.',
      [{ field: 'siteId', message: 'Pilih lokasi.', messageEn: 'Choose a site.' }],
    ),
  invitationIncomplete: () =>
    new AppError(
      'voter_roll_invitation_incomplete',
      400,
      'Pilih tempat layanan serta tanggal mulai dan selesai untuk undangan.',
      'Choose a service point and a start and end date for the invitations.',
    ),
  nothingToUse: () =>
    new AppError(
      'voter_roll_set_empty',
      422,
      'Kelompok ini tidak berisi penduduk Sigap.',
      'This set holds no Sigap residents.',
    ),
};
