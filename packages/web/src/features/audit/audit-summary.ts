import {
  auditActionLabel,
  formatDateShort,
  formatDateTimeShort,
  formatNumber,
  isRole,
  type Locale,
  ROLE_LABELS,
} from '@sigap/domain';
import { ENTITY_LABELS, SUMMARY_KEY_LABELS, SUMMARY_VALUE_LABELS } from './audit-labels';

export interface SummaryContext {
  locale: Locale;
  /** The name of an election the reader can see (the elections list), when it is known. */
  electionName?: (id: number) => string | undefined;
}

/** Keys whose values are codes with a label; other text (a name, a username) is shown as written. */
const CODED_KEYS = new Set(['password', 'reason', 'source', 'via', 'decision', 'window', 'replaced']);

/** Actions whose summary keeps each change as a `[before, after]` pair. */
const CHANGE_ACTIONS = new Set(['user.update']);

/** The label of an audit action for the table and the filter ("Tambah pengguna", not `user.create`). */
export function actionLabel(action: string, locale: Locale): string {
  return auditActionLabel(action, locale);
}

/**
 * Readable pieces of an audit entry's summary: each key named in the reader's language and each value
 * written as a person would (role names, Ya/Tidak, dates in words, the election's name or "Pemilihan #3").
 * Changes of a user are `[before, after]` pairs shown as "before → after".
 */
export function summaryParts(
  action: string,
  summary: Record<string, unknown> | string | null | undefined,
  ctx: SummaryContext,
): [string, string][] {
  if (summary === null || summary === undefined) return [];
  if (typeof summary === 'string') return summary ? [['', summary]] : [];
  const pairs = CHANGE_ACTIONS.has(action);
  return Object.entries(summary)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      const text =
        pairs && Array.isArray(value) && value.length === 2
          ? `${valueText(key, value[0], ctx)} → ${valueText(key, value[1], ctx)}`
          : valueText(key, value, ctx);
      return [keyLabel(key, ctx.locale), text];
    });
}

/** The kind of row an entry is about, in words ("Penduduk", not `resident`). */
export function entityLabel(entity: string, locale: Locale): string {
  return ENTITY_LABELS[entity]?.[locale] ?? entity;
}

export function keyLabel(key: string, locale: Locale): string {
  return SUMMARY_KEY_LABELS[key]?.[locale] ?? key;
}

function valueText(key: string, value: unknown, ctx: SummaryContext): string {
  const { locale } = ctx;
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map((v) => valueText(key, v, ctx)).join(', ') : '—';
  if (typeof value === 'boolean') return yesNo(value, locale);
  if (typeof value === 'number') {
    if (key === 'electionId') return electionText(value, ctx);
    return formatNumber(value, locale);
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return inner.map(([k, v]) => `${keyLabel(k, locale)} ${valueText(k, v, ctx)}`).join(', ') || '—';
  }
  const text = String(value);
  if (key === 'role' && isRole(text)) return ROLE_LABELS[text][locale];
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDateShort(text, locale);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTimeShort(text, locale);
  return (CODED_KEYS.has(key) && SUMMARY_VALUE_LABELS[text]?.[locale]) || text;
}

function yesNo(value: boolean, locale: Locale): string {
  if (locale === 'en') return value ? 'yes' : 'no';
  return value ? 'ya' : 'tidak';
}

function electionText(id: number, ctx: SummaryContext): string {
  return ctx.electionName?.(id) ?? (ctx.locale === 'en' ? `Election #${id}` : `Pemilihan #${id}`);
}
