/**
 * The one message catalogue of notices: a notice stores its kind (the code) and named parameters; the
 * Indonesian and English text is rendered here when the notice is read.
 */
import { formatDateLong } from '@sigap/domain';

export type NoticeParams = Record<string, string | number | string[]>;
type Rendered = [message: string, messageEn: string];

const str = (p: NoticeParams, key: string): string => {
  const v = p[key];
  return Array.isArray(v) ? v.join(', ') : String(v ?? '');
};

/** What can change on an account, each with its words in both languages. */
const ACCOUNT_CHANGES: Record<AccountChange, (p: NoticeParams) => Rendered> = {
  password_reset: () => ['kata sandi Anda diatur ulang', 'your password was reset'],
  deactivated: () => ['akun Anda dinonaktifkan', 'your account was deactivated'],
  reactivated: () => ['akun Anda diaktifkan kembali', 'your account was reactivated'],
  role_changed: (p) => [
    `peran Anda diubah menjadi ${str(p, 'role')}`,
    `your role was changed to ${str(p, 'role')}`,
  ],
  region_changed: (p) => [
    `wilayah kerja Anda diubah menjadi ${str(p, 'region')}`,
    `your region was changed to ${str(p, 'region')}`,
  ],
};

export type AccountChange =
  | 'password_reset'
  | 'deactivated'
  | 'reactivated'
  | 'role_changed'
  | 'region_changed';

export function renderAccountChange(change: AccountChange, params: NoticeParams): Rendered {
  return ACCOUNT_CHANGES[change](params);
}

const MESSAGES: Record<string, (p: NoticeParams) => Rendered> = {
  'auth.login_spray': (p) => [
    `Serangan tebak sandi: ${str(p, 'usernames')} nama pengguna gagal masuk dari alamat ${str(p, 'ip')} dalam ${str(p, 'minutes')} menit. Percobaan dari alamat itu diperlambat.`,
    `Password spray: ${str(p, 'usernames')} usernames failed to log in from address ${str(p, 'ip')} within ${str(p, 'minutes')} minutes. Attempts from that address are slowed down.`,
  ],
  'auth.login_guessing': (p) => [
    `Kata sandi akun ${str(p, 'username')} sedang ditebak: ${str(p, 'failures')} kali salah dalam ${str(p, 'hours')} jam (terakhir dari alamat ${str(p, 'ip')}). Percobaan diperlambat; akun tidak dikunci.`,
    `Someone is guessing the password of ${str(p, 'username')}: ${str(p, 'failures')} failures within ${str(p, 'hours')} hours (last from address ${str(p, 'ip')}). Attempts are slowed down; the account is not locked.`,
  ],
  'account.changed': (p) => {
    const changes = (Array.isArray(p.changes) ? p.changes : []).map(
      (c) => (ACCOUNT_CHANGES[c as AccountChange]?.(p) ?? [c, c]) as Rendered,
    );
    return [
      `Oleh ${str(p, 'by')}: ${changes.map((c) => c[0]).join('; ')}. Jika Anda tidak mengharapkannya, hubungi admin Anda.`,
      `By ${str(p, 'by')}: ${changes.map((c) => c[1]).join('; ')}. If you did not expect this, contact your administrator.`,
    ];
  },
  'stock.discrepancy': (p) => [
    `Kiriman ${str(p, 'quantity')} ${str(p, 'item')} (dokumen ${str(p, 'documentNo')}) ke ${str(p, 'destination')}: diterima ${str(p, 'accepted')}, ditolak ${str(p, 'rejected')}. Alasan: ${str(p, 'reason')}.`,
    `Shipment of ${str(p, 'quantity')} ${str(p, 'item')} (document ${str(p, 'documentNo')}) to ${str(p, 'destination')}: ${str(p, 'accepted')} accepted, ${str(p, 'rejected')} rejected. Reason: ${str(p, 'reason')}.`,
  ],
  'audit.chain_damaged': () => [
    'Log audit tidak cocok lagi dengan checkpoint bertanda tangan terakhir. Jalankan `npm run sigap -- audit verify`.',
    'The audit log no longer matches its latest signed checkpoint. Run `npm run sigap -- audit verify`.',
  ],
  resident_read_volume: (p) => [
    `Pengguna ${str(p, 'username')} membaca ${str(p, 'rowsRead')} data penduduk dalam ${str(p, 'label')}; pembacaan berikutnya ditahan sampai batas waktu berakhir.`,
    `User ${str(p, 'username')} read ${str(p, 'rowsRead')} resident records within ${str(p, 'label')}; further reading is held until the window ends.`,
  ],
  'equipment.loan_reserved': (p) => [
    `Provinsi meminjamkan ${str(p, 'items')} ke kantor Anda, ${formatDateLong(str(p, 'start'), 'id')} s.d. ${formatDateLong(str(p, 'end'), 'id')} (pinjaman #${str(p, 'loanId')}). Konfirmasi di halaman Peralatan saat tiba.`,
    `The province is lending ${str(p, 'items')} to your office, ${formatDateLong(str(p, 'start'), 'en')} to ${formatDateLong(str(p, 'end'), 'en')} (loan #${str(p, 'loanId')}). Confirm on the Equipment page when it arrives.`,
  ],
  'equipment.loan_cancelled': (p) => [
    `Pinjaman #${str(p, 'loanId')} dibatalkan provinsi: ${str(p, 'reason')}.`,
    `Loan #${str(p, 'loanId')} was cancelled by the province: ${str(p, 'reason')}.`,
  ],
  'equipment.loan_arrived': (p) => [
    `${str(p, 'region')} mengonfirmasi pinjaman #${str(p, 'loanId')} sudah tiba.`,
    `${str(p, 'region')} confirmed that loan #${str(p, 'loanId')} has arrived.`,
  ],
};

export function renderNotice(kind: string, params: NoticeParams): Rendered {
  const render = MESSAGES[kind];
  // A kind from a newer version read by an older one: say what is known rather than fail the list.
  return render ? render(params) : [`Pemberitahuan ${kind}.`, `Notice ${kind}.`];
}

/** Sample parameters for every kind, for the catalogue test. */
export const NOTICE_SAMPLES: ReadonlyArray<[kind: string, params: NoticeParams]> = [
  ['auth.login_spray', { usernames: 12, ip: '203.0.113.9', minutes: 10 }],
  ['auth.login_guessing', { username: 'budi', failures: 20, hours: 24, ip: '203.0.113.9' }],
  [
    'account.changed',
    { by: 'admin', changes: Object.keys(ACCOUNT_CHANGES), role: 'operator_desa', region: '18.71' },
  ],
  ['audit.chain_damaged', {}],
  ['resident_read_volume', { username: 'budi', rowsRead: 5000, label: '10 min' }],
  [
    'equipment.loan_reserved',
    { items: ['Set perekaman 1 (RS-01)'], start: '2030-03-01', end: '2030-03-05', loanId: 7 },
  ],
  ['equipment.loan_cancelled', { loanId: 7, reason: 'Jadwal berubah' }],
  ['equipment.loan_arrived', { region: 'Kota Bandar Lampung', loanId: 7 }],
];
