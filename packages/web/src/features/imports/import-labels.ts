import type { ImportJobKind, ImportStatus } from '@sigap/contracts';
import type { MessageKey } from '../../lib/i18n';

/** Every stored job kind, including voter rolls started from /dpt (their jobs show in the import history). */
export const KIND_KEYS: Record<ImportJobKind, MessageKey> = {
  residents: 'imports.kind.residents',
  status: 'imports.kind.status',
  voter_roll: 'nav.dpt',
};

export const STATUS_KEYS: Record<ImportStatus, MessageKey> = {
  queued: 'imports.status.queued',
  running: 'imports.status.running',
  done: 'imports.status.done',
  failed: 'imports.status.failed',
};

export const STATUS_BADGES: Record<ImportStatus, string> = {
  queued: 'badge badge-off',
  running: 'badge badge-action',
  done: 'badge badge-ok',
  failed: 'badge badge-error',
};
