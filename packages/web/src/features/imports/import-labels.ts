import type { ImportKind, ImportStatus } from '@sigap/contracts';
import type { MessageKey } from '../../lib/i18n';

export const KIND_KEYS: Record<ImportKind, MessageKey> = {
  residents: 'imports.kind.residents',
  status: 'imports.kind.status',
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
