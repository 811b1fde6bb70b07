import type { Kysely, Updateable } from 'kysely';
import type { Database, MessageRow, MessageState, MessagesTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export interface NewMessage {
  kind: string;
  recipientPhone: string;
  recipientResidentId: number | null;
  regionCode: string;
  params: string;
  text: string;
  idempotencyKey: string;
}

/** Inserts a message; with its idempotency key already used, writes nothing and returns null. */
export async function insertMessage(
  db: Kysely<Database>,
  m: NewMessage,
  now: string,
): Promise<number | null> {
  const row = await db
    .insertInto('messages')
    .values({
      kind: m.kind,
      recipient_phone: m.recipientPhone,
      recipient_resident_id: m.recipientResidentId,
      region_code: m.regionCode,
      params: m.params,
      text: m.text,
      idempotency_key: m.idempotencyKey,
      state: 'created',
      provider: null,
      provider_message_id: null,
      attempts: 0,
      last_error: null,
      created_at: now,
      updated_at: now,
      sent_at: null,
      delivered_at: null,
      opened_at: null,
      opened_by: null,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : null;
}

export async function findMessage(db: Kysely<Database>, id: number): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findMessageByKey(db: Kysely<Database>, key: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
}

export async function findByProviderId(
  db: Kysely<Database>,
  providerMessageId: string,
): Promise<MessageRow | undefined> {
  return db
    .selectFrom('messages')
    .selectAll()
    .where('provider_message_id', '=', providerMessageId)
    .executeTakeFirst();
}

/**
 * Moves a message to a new state only from one of `from`: the guard makes each transition happen once,
 * so a duplicate callback or a resumed job changes nothing. Returns whether this call moved it.
 */
export async function transitionMessage(
  db: Kysely<Database>,
  id: number,
  from: readonly MessageState[],
  set: Updateable<MessagesTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('messages')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listMessagesInScope(
  db: Kysely<Database>,
  scope: string,
  filter: { state?: MessageState },
  page: { limit: number; offset: number },
): Promise<{ rows: MessageRow[]; total: number }> {
  let q = db.selectFrom('messages').where(withinScope('region_code', scope));
  if (filter.state) q = q.where('state', '=', filter.state);
  const rows = await q.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  const count = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
