import type { Role } from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Database, NoticeRow } from '../../db/schema';
import type { NoticeSeverity } from '../../db/stored-codes';
import type { NoticeParams } from './notices.messages';

export type { NoticeSeverity } from '../../db/stored-codes';

export interface NewNotice {
  userId: number;
  kind: string;
  severity: NoticeSeverity;
  regionCode: string | null;
  /** The parameters of the kind's message in notices.messages.ts (the text is rendered when read). */
  params: NoticeParams;
  data: Record<string, unknown>;
  dedupeKey: string | null;
}

/** Admins (active superadmins and province admins) with their scope, to pick the recipients of an alert. */
export async function listActiveAdmins(
  db: Kysely<Database>,
): Promise<{ id: number; region_code: string; role: Role }[]> {
  return db
    .selectFrom('users')
    .select(['id', 'region_code', 'role'])
    .where('active', '=', 1)
    .where('role', 'in', ['superadmin', 'admin_provinsi'])
    .execute();
}

/**
 * Inserts notices; one whose (user, dedupe key) already exists is skipped, so repeated alerts about one
 * storm reach each admin once. Returns how many were new.
 */
export async function insertNotices(
  db: Kysely<Database>,
  notices: NewNotice[],
  now: string,
): Promise<number> {
  let added = 0;
  for (const n of notices) {
    const r = await db
      .insertInto('notices')
      .values({
        user_id: n.userId,
        kind: n.kind,
        severity: n.severity,
        region_code: n.regionCode,
        params: JSON.stringify(n.params),
        data: JSON.stringify(n.data),
        dedupe_key: n.dedupeKey,
        created_at: now,
        read_at: null,
      })
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .executeTakeFirst();
    added += Number(r.numInsertedOrUpdatedRows ?? 0n);
  }
  return added;
}

export async function listNoticesOf(
  db: Kysely<Database>,
  userId: number,
  page: { limit: number; offset: number; unreadOnly: boolean },
): Promise<{ rows: NoticeRow[]; total: number; unread: number }> {
  let q = db.selectFrom('notices').where('user_id', '=', userId);
  if (page.unreadOnly) q = q.where('read_at', 'is', null);
  const [rows, total, unread] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('notices')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n), unread: Number(unread.n) };
}

/** Marks the user's own notices read (all of them when `ids` is undefined); returns how many changed. */
export async function markNoticesRead(
  db: Kysely<Database>,
  userId: number,
  ids: number[] | undefined,
  now: string,
): Promise<number> {
  let q = db
    .updateTable('notices')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids) {
    if (ids.length === 0) return 0;
    q = q.where('id', 'in', ids);
  }
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}
