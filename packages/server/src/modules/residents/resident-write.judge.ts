import { isForwardOrRerecord, isWithinScope, type LifeEvidence, officeToday } from '@sigap/domain';
import type { ResidentRow } from '../../db/schema';
import { applyPatch } from './resident-patch';
import { changedColumns, type ResidentData, recordToData } from './resident-row';
import { type FieldRefusal, writeRefusals } from './resident-write.guards';
import { renderWriteRejection, type WriteRejectionCode } from './resident-write.messages';
import type { RejectedWrite, ResidentWrite, WriteMeta, WriteOutcome } from './resident-write.types';

export function nikOf(w: ResidentWrite): string {
  return w.kind === 'upsert' ? w.record.nik : w.nik;
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

/**
 * The write path's judgement, write by write in order: scope, transitions and the domain's refusals
 * (resident-write.guards.ts) against the stored row or the state an earlier write of the call left. A
 * refused write goes into `outcome.rejected`, an unchanged one counts in `outcome.unchanged`; what is
 * left is each accepted resident's final state (`latest`) and the evidence of a life change.
 */
export function judgeWrites(
  writes: readonly ResidentWrite[],
  existing: ReadonlyMap<string, ResidentRow>,
  meta: WriteMeta,
  outcome: WriteOutcome,
): { latest: Map<string, ResidentData>; evidenceOf: Map<string, LifeEvidence> } {
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

  for (const w of writes) {
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

  return { latest, evidenceOf };
}
