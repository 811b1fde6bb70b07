import type { Locale } from './format';

/**
 * Every action the server writes to the audit log, with its label for people. The server's audit entry
 * takes an `AuditAction`, so a module cannot write a new action without adding it (and its labels) here;
 * the audit page shows the label instead of the code. Codes are stable: stored entries keep them.
 */
export const AUDIT_ACTION_LABELS = {
  'auth.login': { id: 'Masuk', en: 'Logged in' },
  'auth.logout': { id: 'Keluar', en: 'Logged out' },
  'auth.login_failed': { id: 'Gagal masuk', en: 'Failed login' },
  'auth.login_guessing': { id: 'Tebakan kata sandi pada satu akun', en: 'Password guessing on one account' },
  'auth.login_spray': { id: 'Percobaan masuk ke banyak akun', en: 'Login attempts across many accounts' },
  'user.create': { id: 'Tambah pengguna', en: 'User added' },
  'user.update': { id: 'Ubah pengguna', en: 'User changed' },
  'election.create': { id: 'Tambah pemilihan', en: 'Election added' },
  'election.update': { id: 'Ubah target pemilihan', en: 'Election target changed' },
  'service_point.create': { id: 'Tambah titik layanan', en: 'Service point added' },
  'service_point.update': { id: 'Ubah titik layanan', en: 'Service point changed' },
  'service_point.closure': { id: 'Tambah hari tutup layanan', en: 'Service closure added' },
  'service_point.session': { id: 'Tambah sesi layanan tambahan', en: 'Extra service session added' },
  'skm.answer': { id: 'Jawaban survei kepuasan (SKM)', en: 'Satisfaction survey (SKM) answered' },
  'booking.create': { id: 'Buat booking layanan', en: 'Booking made' },
  'booking.cancel': { id: 'Batalkan booking layanan', en: 'Booking cancelled' },
  'booking.reschedule': { id: 'Ubah jadwal booking', en: 'Booking rescheduled' },
  'booking.invite': { id: 'Undang penduduk dari registri', en: 'Residents invited from the registry' },
  'booking.read_day': { id: 'Lihat daftar booking harian', en: 'Day bookings viewed' },
  'queue.issue': { id: 'Terbitkan nomor antrean', en: 'Queue ticket issued' },
  'queue.check_in': { id: 'Check-in antrean daring', en: 'Booking checked in' },
  'queue.call': { id: 'Panggil antrean', en: 'Ticket called' },
  'queue.recall': { id: 'Panggil ulang antrean', en: 'Ticket called again' },
  'queue.start': { id: 'Mulai layani antrean', en: 'Service started' },
  'queue.no_show': { id: 'Antrean tidak hadir', en: 'Ticket marked no-show' },
  'queue.requeue': { id: 'Antrean dimasukkan kembali', en: 'Ticket re-queued' },
  'queue.transfer': { id: 'Alihkan antrean', en: 'Ticket transferred' },
  'queue.finish': { id: 'Selesai layani antrean', en: 'Service finished' },
  'queue.rules': { id: 'Ubah aturan antrean', en: 'Queue rules changed' },
  'suket.issue': { id: 'Terbitkan suket', en: 'Suket issued' },
  'suket.revoke': { id: 'Cabut suket', en: 'Suket revoked' },
  'suket.supersede': { id: 'Suket diganti KTP-el tercetak', en: 'Suket superseded by a printed card' },
  'suket.policy': { id: 'Ubah aturan suket pemilihan', en: 'Election suket policy changed' },
  'suket.rotate_key': { id: 'Ganti kunci tanda tangan suket', en: 'Suket signing key rotated' },
  'ikd.activate': { id: 'Aktivasi IKD', en: 'IKD activated' },
  'stock.receive': { id: 'Terima stok dari luar', en: 'Stock received from outside' },
  'stock.ship': { id: 'Kirim stok', en: 'Stock shipped' },
  'stock.deliver': { id: 'Terima kiriman stok (bukti terima)', en: 'Shipment received (proof of delivery)' },
  'stock.consume': { id: 'Pemakaian stok', en: 'Stock consumed' },
  'stock.spoil': { id: 'Stok rusak', en: 'Stock spoiled' },
  'stock.adjust': { id: 'Penyesuaian stok', en: 'Stock adjusted' },
  'stock.count': { id: 'Stok opname', en: 'Physical stock count' },
  'stock_request.create': { id: 'Buat permintaan stok', en: 'Stock request drafted' },
  'stock_request.transition': { id: 'Ubah status permintaan stok', en: 'Stock request status changed' },
  'print.queue': { id: 'Buka antrean cetak KTP-el', en: 'Print queue opened' },
  'print.card': { id: 'Cetak KTP-el', en: 'Card printed' },
  'print.spoil': { id: 'Blanko rusak saat cetak', en: 'Card spoiled in printing' },
  'print.handover': { id: 'Serahkan KTP-el', en: 'Card handed over' },
  'print.roll_finish': {
    id: 'Ribbon/film habis (hasil terukur)',
    en: 'Ribbon/film finished (measured yield)',
  },
  'equipment.create': { id: 'Tambah peralatan', en: 'Equipment added' },
  'equipment.update': { id: 'Ubah peralatan', en: 'Equipment changed' },
  'equipment.incident': { id: 'Catat kerusakan/perbaikan peralatan', en: 'Equipment incident recorded' },
  'equipment.operator_create': { id: 'Tambah operator pinjaman', en: 'Pool operator added' },
  'equipment.loan_reserve': { id: 'Pesan pinjaman peralatan', en: 'Equipment loan reserved' },
  'equipment.loan_cancel': { id: 'Batalkan pinjaman peralatan', en: 'Equipment loan cancelled' },
  'equipment.loan_arrive': {
    id: 'Konfirmasi peralatan pinjaman tiba',
    en: 'Equipment loan arrival confirmed',
  },
  'equipment.loan_return': {
    id: 'Konfirmasi peralatan pinjaman kembali',
    en: 'Equipment loan return confirmed',
  },
  'settings.update': { id: 'Ubah pengaturan', en: 'Setting changed' },
  'report.submit': { id: 'Kirim laporan harian', en: 'Daily report submitted' },
  'report.review': { id: 'Tinjau laporan harian', en: 'Daily report reviewed' },
  'resident.view': { id: 'Lihat data penduduk', en: 'Resident viewed' },
  'resident.search': { id: 'Cari penduduk', en: 'Resident search' },
  'resident.lookup_nik': { id: 'Cari penduduk dengan NIK', en: 'Resident looked up by NIK' },
  'resident.read_throttled': { id: 'Baca data penduduk dibatasi', en: 'Resident reads throttled' },
  'resident.create': { id: 'Tambah penduduk', en: 'Resident added' },
  'resident.update': { id: 'Ubah data penduduk', en: 'Resident changed' },
  'resident.field_list': { id: 'Daftar warga untuk lapangan', en: 'Field list of residents' },
  'death_report.create': { id: 'Laporan kematian manual', en: 'Death reported by hand' },
  'death_report.confirm': { id: 'Konfirmasi laporan kematian', en: 'Death report confirmed' },
  'death_report.reject': { id: 'Tolak laporan kematian', en: 'Death report rejected' },
  'cemetery.create': { id: 'Tambah tempat pemakaman', en: 'Cemetery added' },
  'burial.create': { id: 'Catat pemakaman', en: 'Burial entered' },
  'burial.update': { id: 'Ubah catatan pemakaman', en: 'Burial entry changed' },
  'burial.match': { id: 'Cocokkan pemakaman dengan penduduk', en: 'Burial matched to a resident' },
  'burial.dismiss': { id: 'Tutup catatan pemakaman dengan alasan', en: 'Burial entry dismissed' },
  'death_certificate.issue': { id: 'Terbitkan akta kematian', en: 'Death certificate issued' },
  'death_certificate.annul': { id: 'Batalkan akta kematian', en: 'Death certificate annulled' },
  'resident.death_annulment_batch': {
    id: 'Pembatalan akta kematian (satu kelompok)',
    en: 'Death certificate annulments (one batch)',
  },
  'resident.import_batch': { id: 'Impor data penduduk (satu kelompok)', en: 'Resident import (one batch)' },
  'resident.counter_batch': {
    id: 'Perekaman di loket (satu kelompok)',
    en: 'Counter recordings (one batch)',
  },
  'resident.outreach_batch': {
    id: 'Perekaman jemput bola (satu kelompok)',
    en: 'Outreach recordings (one batch)',
  },
  'resident.print_batch': { id: 'Pencetakan KTP-el (satu kelompok)', en: 'e-KTP printing (one batch)' },
  'resident.death_batch': { id: 'Pencatatan kematian (satu kelompok)', en: 'Deaths recorded (one batch)' },
  'resident.manual_batch': { id: 'Perubahan manual (satu kelompok)', en: 'Manual changes (one batch)' },
  'resident.generate_batch': {
    id: 'Pembuatan data contoh (satu kelompok)',
    en: 'Demo data generated (one batch)',
  },
  'export.coverage': { id: 'Unduh tabel cakupan', en: 'Coverage table downloaded' },
  'export.daily_reports': { id: 'Unduh laporan harian', en: 'Daily reports downloaded' },
  'export.situation_report': { id: 'Unduh laporan situasi', en: 'Situation report downloaded' },
} as const satisfies Record<string, Record<Locale, string>>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

/** The label of a stored action; an unknown code (written by a newer or older version) shows as itself. */
export function auditActionLabel(action: string, locale: Locale): string {
  return (AUDIT_ACTION_LABELS as Record<string, Record<Locale, string>>)[action]?.[locale] ?? action;
}
