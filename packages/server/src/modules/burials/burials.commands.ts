import { BURIAL_EDIT_WINDOW_HOURS, burialEditable, maskNik } from '@sigap/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { EngineStore } from '../../db/engine/engine-store';
import type { BurialEventsTable, BurialsTable, Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Who } from '../death-reports';
import { burialErrors } from './burials.errors';
import {
  type BurialRow,
  findBurial,
  findBurialByClientId,
  insertBurial,
  insertBurialEvent,
  updateBurialFrom,
} from './burials.repository';

/**
 * The writes of a burial entry, one transaction each (the write-command pattern): the entry row, its
 * `burial_events` row and the audit entry. Services check role, scope and the cemetery link first.
 */
export type EntryFields = Omit<
  Insertable<BurialsTable>,
  | 'id'
  | 'client_id'
  | 'cemetery_id'
  | 'region_code'
  | 'status'
  | 'entered_by'
  | 'entered_day'
  | 'created_at'
  | 'updated_at'
>;

/**
 * Enters a burial. The phone's UUID is unique: a repeat (an offline outbox sending again after a lost
 * answer) returns the stored entry with `created: false` and writes nothing.
 */
export async function enterBurialCommand(
  handle: Db,
  input: {
    clientId: string;
    cemetery: { id: number; region_code: string };
    fields: EntryFields;
    today: string;
  },
  who: Who,
): Promise<{ id: number; created: boolean }> {
  return handle.db.transaction().execute(async (trx) => {
    const at = (who.now ?? new Date()).toISOString();
    const id = await insertBurial(trx, {
      ...input.fields,
      client_id: input.clientId,
      cemetery_id: input.cemetery.id,
      region_code: input.cemetery.region_code,
      status: 'open',
      entered_by: who.actor.id,
      entered_day: input.today,
      created_at: at,
      updated_at: at,
    });
    if (id === undefined) {
      const first = await findBurialByClientId(trx, input.clientId);
      if (!first || first.entered_by !== who.actor.id) throw burialErrors.clientIdReused();
      return { id: first.id, created: false };
    }
    await event(trx, handle.store, { id, region_code: input.cemetery.region_code }, 'entered', who, {
      cemeteryId: input.cemetery.id,
      nik: input.fields.nik ? maskNik(input.fields.nik) : null,
      dateOfDeath: input.fields.date_of_death,
    });
    return { id, created: true };
  });
}

/** The author corrects an open entry inside the edit window; anyone else, or later, is refused. */
export async function editBurialCommand(
  handle: Db,
  id: number,
  fields: EntryFields,
  who: Who,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const b = await findBurial(trx, id);
    if (!b) throw burialErrors.notFound();
    if (!mayEdit(b, who)) throw burialErrors.locked();
    const ok = await updateBurialFrom(trx, id, ['open'], {
      ...fields,
      updated_at: (who.now ?? new Date()).toISOString(),
    });
    if (!ok) throw burialErrors.locked();
    await event(trx, handle.store, b, 'edited', who, { fields: Object.keys(fields) });
  });
}

/** Whether this author may still change the entry (the server's rule; the phone shows the same). */
export function mayEdit(
  b: Pick<BurialRow, 'entered_by' | 'created_at' | 'status'>,
  who: Pick<Who, 'actor' | 'now'>,
) {
  return (
    b.status === 'open' &&
    b.entered_by === who.actor.id &&
    burialEditable(b.created_at, who.now ?? new Date(), BURIAL_EDIT_WINDOW_HOURS)
  );
}

/** The office names the resident an entry is about (again, if it chose another before). */
export async function matchBurialCommand(
  handle: Db,
  b: BurialRow,
  residentId: number,
  who: Who,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const at = (who.now ?? new Date()).toISOString();
    const ok = await updateBurialFrom(trx, b.id, ['open', 'matched'], {
      status: 'matched',
      resident_id: residentId,
      updated_at: at,
    });
    if (!ok) throw burialErrors.wrongStatus();
    await event(trx, handle.store, b, 'matched', who, { residentId, before: b.resident_id });
  });
}

/** The office closes a lead that will not become a certificate (a duplicate, not a resident), saying why. */
export async function dismissBurialCommand(
  handle: Db,
  b: BurialRow,
  reason: string,
  who: Who,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    const at = (who.now ?? new Date()).toISOString();
    const ok = await updateBurialFrom(trx, b.id, ['open', 'matched'], {
      status: 'dismissed',
      dismiss_reason: reason,
      updated_at: at,
    });
    if (!ok) throw burialErrors.wrongStatus();
    await event(trx, handle.store, b, 'dismissed', who, { reason });
  });
}

const AUDIT = {
  entered: 'burial.create',
  edited: 'burial.update',
  matched: 'burial.match',
  dismissed: 'burial.dismiss',
} as const;

/** The entry's history row and its audit entry, in the caller's transaction. */
async function event(
  trx: Kysely<Database>,
  store: EngineStore,
  b: { id: number; region_code: string },
  kind: keyof typeof AUDIT & BurialEventsTable['event'],
  who: Who,
  details: Record<string, unknown>,
) {
  const at = (who.now ?? new Date()).toISOString();
  await insertBurialEvent(trx, {
    burial_id: b.id,
    event: kind,
    actor_id: who.actor.id,
    details: JSON.stringify(details),
    at,
  });
  await recordAudit(trx, store, {
    actor: who.actor,
    action: AUDIT[kind],
    entity: 'burial',
    entityId: b.id,
    regionCode: b.region_code,
    summary: details,
    ip: who.ip,
  });
}
