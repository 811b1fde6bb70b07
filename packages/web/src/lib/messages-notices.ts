/** Indonesian strings of the notices bell in the header (security alerts and notes about one's account). */
export const noticesId = {
  'notices.button': 'Pemberitahuan',
  'notices.unread': '{count} belum dibaca',
  'notices.title': 'Pemberitahuan',
  'notices.empty': 'Belum ada pemberitahuan.',
  'notices.markAllRead': 'Tandai semua sudah dibaca',
  'notices.close': 'Tutup',
  'notices.new': 'Baru',
  'notices.severity.info': 'Info',
  'notices.severity.warning': 'Peringatan',
  'notices.severity.critical': 'Penting',
};
