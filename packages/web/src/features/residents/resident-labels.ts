import {
  isPrintReady,
  type Locale,
  needsRerecording,
  PRINT_STATUS_LABELS,
  type PrintStatus,
  type RecordingStatus,
  STATUS_LABELS,
} from '@sigap/domain';
import type { MessageKey, Translate } from '../../lib/i18n';

/**
 * Labels for resident codes. Recording and print statuses come with their labels from the domain; the rest
 * are UI words kept in the message tables. An unknown code (a newer server) is shown as it is, not hidden.
 */
function fromTable(table: Record<string, MessageKey>, code: string | null, t: Translate): string {
  if (code === null) return '—';
  const key = table[code];
  return key ? t(key) : code;
}

export function recordingLabel(status: string, locale: Locale): string {
  return STATUS_LABELS[status as RecordingStatus]?.[locale] ?? status;
}

export function printLabel(status: string, locale: Locale): string {
  return PRINT_STATUS_LABELS[status as PrintStatus]?.[locale] ?? status;
}

export type RecordingTone = 'prr' | 'recorded' | 'failure' | 'unregistered';

/** Badge colour: PRR teal, recorded green, a failure that needs re-recording red, not recorded grey. */
export function recordingTone(status: string): RecordingTone {
  const s = status as RecordingStatus;
  if (s === 'UNREGISTERED' || !(s in STATUS_LABELS)) return 'unregistered';
  if (isPrintReady(s)) return 'prr';
  return needsRerecording(s) ? 'failure' : 'recorded';
}

const SEX: Record<string, MessageKey> = { L: 'sex.L', P: 'sex.P' };
const MARITAL: Record<string, MessageKey> = {
  BELUM_KAWIN: 'marital.BELUM_KAWIN',
  KAWIN: 'marital.KAWIN',
  CERAI_HIDUP: 'marital.CERAI_HIDUP',
  CERAI_MATI: 'marital.CERAI_MATI',
};
const LIFE: Record<string, MessageKey> = {
  ALIVE: 'life.ALIVE',
  DECEASED: 'life.DECEASED',
  MOVED_OUT: 'life.MOVED_OUT',
};
const CITIZENSHIP: Record<string, MessageKey> = { WNI: 'citizenship.WNI', WNA: 'citizenship.WNA' };
const SOURCE: Record<string, MessageKey> = {
  import: 'source.import',
  counter: 'source.counter',
  outreach: 'source.outreach',
  print: 'source.print',
  death: 'source.death',
  manual: 'source.manual',
  generate: 'source.generate',
};
const HISTORY_FIELD: Record<string, MessageKey> = {
  created: 'history.field.created',
  recording: 'history.field.recording',
  print: 'history.field.print',
  life: 'history.field.life',
  ikd: 'history.field.ikd',
};
const QUALITY: Record<string, MessageKey> = {
  nik_birth_date_mismatch: 'quality.nik_birth_date_mismatch',
  nik_sex_mismatch: 'quality.nik_sex_mismatch',
  nik_unknown_region: 'quality.nik_unknown_region',
};

export const sexLabel = (code: string, t: Translate) => fromTable(SEX, code, t);
export const maritalLabel = (code: string, t: Translate) => fromTable(MARITAL, code, t);
export const lifeLabel = (code: string, t: Translate) => fromTable(LIFE, code, t);
export const citizenshipLabel = (code: string, t: Translate) => fromTable(CITIZENSHIP, code, t);
export const sourceLabel = (code: string, t: Translate) => fromTable(SOURCE, code, t);
export const historyFieldLabel = (code: string, t: Translate) => fromTable(HISTORY_FIELD, code, t);
export const qualityFlagLabel = (code: string, t: Translate) => fromTable(QUALITY, code, t);
