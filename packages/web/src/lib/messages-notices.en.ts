import type { noticesId } from './messages-notices';

/** English strings of the notices bell; same keys as `noticesId`. */
export const noticesEn: Record<keyof typeof noticesId, string> = {
  'notices.button': 'Notices',
  'notices.unread': '{count} unread',
  'notices.title': 'Notices',
  'notices.empty': 'No notices yet.',
  'notices.markAllRead': 'Mark all as read',
  'notices.close': 'Close',
  'notices.new': 'New',
  'notices.severity.info': 'Info',
  'notices.severity.warning': 'Warning',
  'notices.severity.critical': 'Important',
};
