import { isForwardOrRerecord, isWithinScope, type LifeEvidence, maskNik, officeToday } from '@sigap/domain';
import type { Insertable, Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, ResidentHistoryTable, ResidentRow } from '../../db/schema';
import { recordAudit } from '../audit';
import { CounterDeltas, counterEntryOf } from '../counters';
import { notifyResidentChanges, WATCHED_COLUMNS, watchedFacts } from './resident-change-listeners';
import { mergeWhatNeedsNoJudgement } from './resident-merge';
import { applyPatch } from './resident-patch';
import { changedColumns, type HistoryField, type ResidentData, recordToData, TRACKED } from './resident-row';
import { type FieldRefusal, writeRefusals } from './resident-write.guards';
import { renderWriteRejection, type WriteRejectionCode } from './resident-write.messages';
import type { RejectedWrite, ResidentWrite, WriteMeta, WriteOutcome } from './resident-write.types';
import { setAsideUnchanged } from './unchanged-filter';

/**
 * THE write path for residents. In the caller's transaction it updates the rows, appends the status history,
 * writes the audit entry and moves the aggregate counters, so that every figure stays exact whichever module
 * changed the resident. Imports, the counter service, outreach, printing and death registration all call it.
 */
export async function applyResidentWrites(
  trx: Kysely<Database>,
  /** The store of the database `trx` belongs to (`handle.store`). */
  engineStore: EngineStore,
  writes: readonly ResidentWrite[],
  meta: WriteMeta,
): Promise<WriteOutcome> {
  const now = new Date().toISOString();
  const store = engineStore.residents(trx);
  // Where the engine merges set-based, the records that need no judgement against a stored row go first.
  const merged = await mergeWhatNeedsNoJudgement(store, writes, meta, now);
  const outcome: WriteOutcome = {
    inserted: merged.inserted,
    updated: 0,
    unchanged: merged.unchanged,
    rejected: [],
  };
  // Unchanged re-imported records are recognised by signature and skip the full read and comparison. Only
  // full records can be set aside, so a batch of patches (a status update) goes straight to the full read.
  const upsertNiks = new Set<string>();
  for (const w of merged.rest) if (w.kind === 'upsert') upsertNiks.add(w.record.nik);
  const stored = upsertNiks.size > 0 ? await store.signatures([...upsertNiks]) : undefined;
  const { rest, unchanged, digests } = stored
    ? setAsideUnchanged(merged.rest, stored, meta.scope)
    : { rest: merged.rest, unchanged: 0, digests: [] };
  outcome.unchanged += unchanged;
  // An import row found equal to the stored data vouches for it from now on: the next import skips it unread.
  if (digests.length > 0) await store.setImportDigests(digests);
  // A record's NIK missing from the signatures is new: no stored row to read.
  const niks = [...new Set(rest.map(nikOf))].filter((n) => !stored || stored.has(n) || !upsertNiks.has(n));
  const existing = await store.find(niks);
  // The state of every touched resident after the writes processed so far: a file may name a NIK twice.
  const latest = new Map<string, ResidentData>();
  const evidenceOf = new Map<string, LifeEvidence>();
  // "Today" on each province's clock, once per call rather than once per resident.
  const clock = meta.now ?? new Date();
  const todays = new Map<string, string>();
  const todayOf = (village: string) => {
    const province = village.slice(0, 2);
    let today = todays.get(province);
    if (today === undefined) {
      today = officeToday(province, clock);
      todays.set(province, today);
    }
    return today;
  };

  for (const w of rest) {
    const nik = nikOf(w);
    const reject = (code: WriteRejectionCode, ...params: string[]) => {
      const [message, messageEn] = renderWriteRejection(code, params);
      outcome.rejected.push({ nik, line: w.line, code, params, message, messageEn } satisfies RejectedWrite);
    };
    const current: ResidentData | undefined = latest.get(nik) ?? existing.get(nik);
    // A patch names a person by NIK only: one outside the scope is answered exactly like an unknown NIK
    // (same code and message, no NIK or village in it; the row's line finds it in the file), or the
    // answer would tell that the person exists and where.
    if (w.kind === 'patch' && (!current || !isWithinScope(meta.scope, current.village_code))) {
      reject('resident_not_found');
      continue;
    }
    const after =
      w.kind === 'upsert'
        ? recordToData(w.record, w.qualityFlags)
        : applyPatch(current as ResidentData, w.patch);
    // Only an import row's own digest may vouch for a state; any other write clears it (migration 0041).
    after.import_digest = w.kind === 'upsert' ? (w.digest ?? null) : null;
    const touched = [current?.village_code, after.village_code].filter((v): v is string => v !== undefined);
    if (touched.some((v) => !isWithinScope(meta.scope, v))) {
      // A full record whose NIK is registered elsewhere: refusing it cannot hide that the NIK exists (NIKs
      // are unique), but the message never names the other village.
      reject('out_of_scope');
      continue;
    }
    const from = current?.recording_status;
    const to = after.recording_status;
    if (from && meta.enforceTransitions && from !== to && !isForwardOrRerecord(from, to)) {
      reject('recording_invalid_transition', from, to);
      continue;
    }
    if (current && changedColumns(current, after).length === 0) {
      outcome.unchanged++;
      continue;
    }
    const evidence = w.kind === 'patch' ? w.evidence : undefined;
    const refusals = writeRefusals(current, after, meta, evidence, todayOf(after.village_code));
    if (refusals.length > 0) {
      outcome.rejected.push({ ...refusedWrite(nik, w.line, refusals), fullName: after.full_name });
      continue;
    }
    if (w.kind === 'patch' && w.evidence) evidenceOf.set(nik, w.evidence);
    latest.set(nik, after);
  }

  // Counters, history and updates compare the stored row with the final state, once per resident.
  const deltas = new CounterDeltas();
  const history: Insertable<ResidentHistoryTable>[] = [];
  const fresh: ResidentData[] = [];
  const changes: { row: ResidentRow; after: ResidentData; columns: (keyof ResidentData)[] }[] = [];
  for (const [nik, after] of latest) {
    const row = existing.get(nik);
    const columns = row ? changedColumns(row, after) : [];
    if (row && columns.length === 0) {
      // Named twice in one batch and changed back to what is stored: nothing to write.
      outcome.unchanged++;
      continue;
    }
    deltas.move(row ? counterEntryOf(row) : undefined, counterEntryOf(after));
    if (!row) fresh.push(after);
    else changes.push({ row, after, columns });
  }

  // The fresh states are this call's own objects: stamped in place rather than copied.
  const newRows = fresh.map((d) => Object.assign(d, { created_at: now, updated_at: now }));
  const ids = await store.insert(newRows);
  outcome.inserted += ids.size;
  for (const d of fresh) {
    const id = ids.get(d.nik) as number;
    history.push(entry(id, 'created', null, d.recording_status, d.recording_date, now, meta));
  }
  await store.update(
    changes.map((c) => ({
      id: c.row.id,
      storedVillage: c.row.village_code,
      after: c.after,
      columns: c.columns,
      updated_at: now,
    })),
  );
  for (const c of changes) {
    for (const t of TRACKED) {
      if (c.row[t.column] !== c.after[t.column]) {
        const e = entry(
          c.row.id,
          t.field,
          str(c.row[t.column]),
          str(c.after[t.column]),
          str(c.after[t.dateColumn]),
          now,
          meta,
        );
        const evidence = t.field === 'life' ? evidenceOf.get(c.row.nik) : undefined;
        if (evidence) {
          e.document_no = evidence.documentNo?.trim() || null;
          e.note = evidence.reason?.trim() || null;
        }
        history.push(e);
      }
    }
  }
  outcome.updated = changes.length;
  await store.insertHistory(history);
  await notifyResidentChanges(
    trx,
    engineStore,
    changes
      .filter((c) => WATCHED_COLUMNS.some((w) => c.columns.includes(w)))
      .map((c) => ({ residentId: c.row.id, before: watchedFacts(c.row), after: watchedFacts(c.after) })),
    meta,
  );
  await engineStore.applyCounterDeltas(trx, deltas);
  await auditWrites(trx, engineStore, meta, outcome, ids, changes);
  return outcome;
}

/** The write path for several calls in one transaction (see `inResidentTransaction`). */
export interface ResidentWriter {
  apply(writes: readonly ResidentWrite[], meta: WriteMeta): Promise<WriteOutcome>;
  /**
   * The stored import digests among `niks` within `scope` (migration 0041), for an import to skip rows
   * applied before; rows outside the scope may be answered too.
   */
  importDigests(
    niks: readonly string[],
    scope: string,
  ): Promise<Map<string, { village: string; digest: string }>>;
}

/**
 * Runs `work` in one transaction whose resident writes go through the write path, each call complete with
 * its counters. Bulk jobs put several batches in one transaction (grouped-transactions.ts). Summing the
 * counter moves of the whole transaction before applying them was measured and dropped: on 300,000 rows
 * the upserts took as long (2.4 s) while the larger maps cost 1.4 s more and 45 MB more memory.
 */
export async function inResidentTransaction<T>(
  handle: Db,
  work: (writer: ResidentWriter, trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return handle.db.transaction().execute(async (trx) => {
    const writer: ResidentWriter = {
      apply: (writes, meta) => applyResidentWrites(trx, handle.store, writes, meta),
      importDigests: (niks, scope) => handle.store.residents(trx).importDigests(niks, scope),
    };
    return work(writer, trx);
  });
}

/** A write refused for one or more reasons: the first names the row, all of them go with it. */
function refusedWrite(nik: string, line: number | undefined, refusals: FieldRefusal[]): RejectedWrite {
  const details = refusals.map((r) => {
    const [message, messageEn] = renderWriteRejection(r.code, r.params);
    return { ...r, message, messageEn };
  });
  const first = details[0] as (typeof details)[number];
  return {
    nik,
    line,
    code: first.code,
    field: first.field,
    params: first.params,
    message: first.message,
    messageEn: first.messageEn,
    details,
  };
}

function nikOf(w: ResidentWrite): string {
  return w.kind === 'upsert' ? w.record.nik : w.nik;
}

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

function entry(
  residentId: number,
  field: HistoryField,
  from: string | null,
  to: string | null,
  eventDate: string | null,
  now: string,
  meta: WriteMeta,
): Insertable<ResidentHistoryTable> {
  return {
    resident_id: residentId,
    field,
    from_value: from,
    to_value: to,
    event_date: eventDate,
    recorded_at: now,
    source: meta.source,
    user_id: meta.actor?.id ?? null,
    import_job_id: meta.importJobId ?? null,
  };
}

async function auditWrites(
  trx: Kysely<Database>,
  engineStore: EngineStore,
  meta: WriteMeta,
  outcome: WriteOutcome,
  inserted: Map<string, number>,
  changes: { row: ResidentRow; columns: (keyof ResidentData)[] }[],
): Promise<void> {
  const base = { actor: meta.actor, ip: meta.ip };
  if (meta.audit === 'batch') {
    if (outcome.inserted + outcome.updated === 0) return;
    await recordAudit(trx, engineStore, {
      ...base,
      action: `resident.${meta.source}_batch`,
      entity: meta.importJobId ? 'import_job' : 'resident',
      entityId: meta.importJobId ?? null,
      regionCode: meta.scope,
      summary: {
        inserted: outcome.inserted,
        updated: outcome.updated,
        unchanged: outcome.unchanged,
        rejected: outcome.rejected.length,
      },
    });
    return;
  }
  for (const [nik, id] of inserted) {
    await recordAudit(trx, engineStore, {
      ...base,
      action: 'resident.create',
      entity: 'resident',
      entityId: id,
      regionCode: null,
      // The entity id names the resident; the audit never holds a NIK in clear (it is read by admins).
      summary: { nik: maskNik(nik), source: meta.source },
    });
  }
  for (const c of changes) {
    await recordAudit(trx, engineStore, {
      ...base,
      action: 'resident.update',
      entity: 'resident',
      entityId: c.row.id,
      regionCode: c.row.village_code,
      summary: { source: meta.source, fields: c.columns },
    });
  }
}
