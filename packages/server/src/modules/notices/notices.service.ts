import type { NoticeItem, NoticeListQuery } from '@sigap/contracts';
import { isWithinScope } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Database, NoticeRow } from '../../db/schema';
import { type NoticeParams, renderNotice } from './notices.messages';
import {
  insertNotices,
  listActiveAdmins,
  listNoticesOf,
  markNoticesRead,
  type NewNotice,
} from './notices.repository';

export interface Alert {
  kind: string;
  severity: NewNotice['severity'];
  /** The region the alert is about; every admin whose scope holds it is told. Null: superadmins only. */
  regionCode: string | null;
  /** The parameters of the kind's message in notices.messages.ts (the text is rendered when read). */
  params: NoticeParams;
  data: Record<string, unknown>;
  /** Alerts with the same key reach each admin once (e.g. one spray per IP per hour). */
  dedupeKey: string;
}

/**
 * Tells every admin responsible for the alert's region (superadmins always, province admins whose scope
 * holds the region). Runs in the caller's transaction when given one, so the alert lands with its cause.
 */
export async function alertAdmins(db: Kysely<Database>, alert: Alert, now = new Date()): Promise<number> {
  const admins = await listActiveAdmins(db);
  const recipients = admins.filter(
    (a) =>
      a.role === 'superadmin' ||
      (alert.regionCode !== null && isWithinScope(a.region_code, alert.regionCode)),
  );
  return insertNotices(
    db,
    recipients.map((a) => ({ ...alert, userId: a.id })),
    now.toISOString(),
  );
}

/** Tells one user something that was done to their account (a reset password, a deactivation). */
export async function notifyUser(
  db: Kysely<Database>,
  userId: number,
  notice: Omit<Alert, 'dedupeKey'> & { dedupeKey?: string },
  now = new Date(),
): Promise<void> {
  await insertNotices(db, [{ ...notice, userId, dedupeKey: notice.dedupeKey ?? null }], now.toISOString());
}

export async function listMyNotices(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: NoticeListQuery,
): Promise<{ items: NoticeItem[]; total: number; unread: number; page: number; pageSize: number }> {
  const { rows, total, unread } = await listNoticesOf(db, ctx.user.id, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    unreadOnly: query.unread === true,
  });
  const items = rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    severity: r.severity,
    regionCode: r.region_code,
    ...noticeText(r),
    data: JSON.parse(r.data) as Record<string, unknown>,
    createdAt: r.created_at,
    readAt: r.read_at,
  }));
  return { items, total, unread, page: query.page, pageSize: query.pageSize };
}

export async function readMyNotices(
  db: Kysely<Database>,
  ctx: RequestContext,
  ids: number[] | undefined,
): Promise<{ marked: number }> {
  return { marked: await markNoticesRead(db, ctx.user.id, ids, new Date().toISOString()) };
}

/** A notice's text: rendered from its kind and params, or as stored before codes were (migration 0012). */
function noticeText(r: NoticeRow): { message: string; messageEn: string } {
  if (r.params === null) return { message: r.legacy_message ?? '', messageEn: r.legacy_message_en ?? '' };
  const [message, messageEn] = renderNotice(r.kind, JSON.parse(r.params) as NoticeParams);
  return { message, messageEn };
}
