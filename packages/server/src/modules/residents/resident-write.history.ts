import type { LifeEvidence } from '@sigap/domain';
import type { Insertable } from 'kysely';
import type { ResidentHistoryTable, ResidentRow } from '../../db/schema';
import { type HistoryField, type ResidentData, TRACKED } from './resident-row';
import type { WriteMeta } from './resident-write.types';

function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}

/** One history row of the write path, stamped with who wrote it and how. */
export function historyEntry(
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

/**
 * The history rows of changed residents: one per tracked field whose value moved (recording, printing,
 * life…), dated by the field's own date; a life change carries its evidence (document number, reason).
 */
export function changeHistory(
  changes: readonly { row: ResidentRow; after: ResidentData }[],
  evidenceOf: ReadonlyMap<string, LifeEvidence>,
  now: string,
  meta: WriteMeta,
): Insertable<ResidentHistoryTable>[] {
  const history: Insertable<ResidentHistoryTable>[] = [];
  for (const c of changes) {
    for (const t of TRACKED) {
      if (c.row[t.column] !== c.after[t.column]) {
        const e = historyEntry(
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
  return history;
}
