import { isWithinScope } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import {
  insertNotices,
  listActiveAdmins,
  listNoticesOf,
  markNoticesRead,
  type NewNotice,
} from './notices.repository';
import type { NoticeItem, NoticeListQuery } from './notices.schema';

export interface Alert {
  kind: string;
  severity: NewNotice['severity'];
  /** The region the alert is about; every admin whose scope holds it is told. Null: superadmins only. */
  regionCode: string | null;
  message: string;
  messageEn: string;
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
    severity: r.severity as NoticeItem['severity'],
    regionCode: r.region_code,
    message: r.message,
    messageEn: r.message_en,
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
