import type { Kysely, Updateable } from 'kysely';
import type { Database, NewUserRow, UserRow, UsersTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export type UserWithRegion = UserRow & { region_name: string };

function withRegion(db: Kysely<Database>) {
  return db
    .selectFrom('users')
    .innerJoin('regions', 'regions.code', 'users.region_code')
    .selectAll('users')
    .select('regions.name as region_name');
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<UserWithRegion | undefined> {
  return withRegion(db).where('users.id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(
  db: Kysely<Database>,
  username: string,
): Promise<UserWithRegion | undefined> {
  return withRegion(db).where('users.username', '=', username).executeTakeFirst();
}

export interface UserListFilter {
  scope: string;
  region?: string;
  q?: string;
}

function filtered(db: Kysely<Database>, f: UserListFilter) {
  let q = withRegion(db).where(withinScope('users.region_code', f.scope));
  if (f.region) q = q.where(withinScope('users.region_code', f.region));
  if (f.q) {
    const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['users.username']), 'like', like),
        eb(eb.fn('lower', ['users.full_name']), 'like', like),
        // An office often knows a colleague by NIP; a part of it finds them too.
        eb('users.nip', 'like', like),
      ]),
    );
  }
  return q;
}

export async function listUsers(
  db: Kysely<Database>,
  f: UserListFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: UserWithRegion[]; total: number }> {
  const rows = await filtered(db, f)
    .orderBy('users.region_code')
    .orderBy('users.username')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await filtered(db, f)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export async function insertUser(db: Kysely<Database>, row: NewUserRow): Promise<number> {
  const r = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateUserRow(
  db: Kysely<Database>,
  id: number,
  patch: Updateable<UsersTable>,
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
