import { formatDateLong, LOAN_RULE_MESSAGES, type LoanPeriodProblem, type LoanState } from '@sigap/domain';
import { AppError } from '../../errors';

const STATE_WORDS: Record<LoanState, [string, string]> = {
  reserved: ['dipesan', 'reserved'],
  arrived: ['sudah tiba', 'arrived'],
  returned: ['sudah dikembalikan', 'returned'],
  cancelled: ['dibatalkan', 'cancelled'],
};

export const equipmentErrors = {
  notFound: (id: number) =>
    new AppError(
      'equipment_not_found',
      404,
      `Peralatan ${id} tidak ditemukan.`,
      `Equipment ${id} not found.`,
    ),
  loanNotFound: (id: number) =>
    new AppError('equipment_loan_not_found', 404, `Pinjaman ${id} tidak ditemukan.`, `Loan ${id} not found.`),
  /** Equipment belongs to an office: a province (its pool) or a regency/city, never a district. */
  badOwner: () =>
    new AppError(
      'equipment_owner_invalid',
      400,
      'Pemilik peralatan harus provinsi atau kabupaten/kota yang dikenal.',
      'Equipment must belong to a known province or regency/city.',
    ),
  tagTaken: (tag: string) =>
    new AppError(
      'equipment_tag_taken',
      409,
      `Nomor seri/aset ${tag} sudah tercatat.`,
      `Serial or asset tag ${tag} is already recorded.`,
    ),
  statusUnchanged: () =>
    new AppError(
      'equipment_status_unchanged',
      409,
      'Status peralatan sudah seperti itu (atau baru saja diubah orang lain). Muat ulang.',
      'The equipment already has that status (or someone just changed it). Reload.',
    ),
  operatorRegion: () =>
    new AppError(
      'equipment_operator_region_invalid',
      400,
      'Operator pinjaman tercatat di provinsi (pool provinsi).',
      'Pool operators belong to a province (the province pool).',
    ),
  loanTarget: () =>
    new AppError(
      'equipment_loan_target_invalid',
      400,
      'Peralatan dipinjamkan ke kabupaten/kota yang dikenal.',
      'Equipment is lent to a known regency/city.',
    ),
  loanPeriod: (problem: LoanPeriodProblem) =>
    new AppError(`equipment_${problem}`, 400, LOAN_RULE_MESSAGES[problem].id, LOAN_RULE_MESSAGES[problem].en),
  notInPool: (tag: string) =>
    new AppError(
      'equipment_not_in_pool',
      400,
      `${tag} bukan peralatan pool provinsi ini.`,
      `${tag} is not in this province's pool.`,
    ),
  notWorking: (tag: string) =>
    new AppError(
      'equipment_not_working',
      409,
      `${tag} sedang rusak atau diperbaiki dan tidak dapat dipinjamkan.`,
      `${tag} is broken or in repair and cannot be lent.`,
    ),
  operatorUnavailable: (id: number) =>
    new AppError(
      'equipment_operator_invalid',
      400,
      `Operator ${id} bukan operator aktif pool provinsi ini.`,
      `Operator ${id} is not an active operator of this province's pool.`,
    ),
  coversInvalid: () =>
    new AppError(
      'equipment_covers_invalid',
      400,
      'Peralatan yang digantikan harus milik kabupaten/kota penerima.',
      'The item stood in for must belong to the receiving regency/city.',
    ),
  /** The clash names what is taken, by which loan, where and when: the planner can pick other dates. */
  conflict: (what: string, loan: { id: number; toRegionName: string; start: string; end: string }) =>
    new AppError(
      'equipment_loan_conflict',
      409,
      `${what} sudah dipinjamkan ke ${loan.toRegionName} (pinjaman #${loan.id}) ${formatDateLong(loan.start, 'id')} – ${formatDateLong(loan.end, 'id')}. Pilih tanggal lain atau peralatan/operator lain.`,
      `${what} is already lent to ${loan.toRegionName} (loan #${loan.id}) ${formatDateLong(loan.start, 'en')} – ${formatDateLong(loan.end, 'en')}. Choose other dates or another item/operator.`,
      [{ field: 'loanId', message: String(loan.id), messageEn: String(loan.id) }],
    ),
  loanState: (state: LoanState) =>
    new AppError(
      'equipment_loan_state',
      409,
      `Pinjaman ini ${STATE_WORDS[state][0]}; tindakan itu tidak berlaku lagi.`,
      `This loan is ${STATE_WORDS[state][1]}; that action no longer applies.`,
    ),
  /** Arrival is the receiving office's word, not the lender's: the province cannot confirm it for them. */
  arrivalByReceiver: () =>
    new AppError(
      'equipment_arrival_by_receiver',
      409,
      'Kedatangan dikonfirmasi oleh kabupaten/kota penerima.',
      'Arrival is confirmed by the receiving regency/city.',
    ),
};
