import type { FieldActionBody, FieldActionReply, UnconfirmedList, VisitPack } from '@sigap/contracts';
import { isRecorded, maskNik, officeToday, VISIT_PACK_CAP, validateNik } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { inScope } from '../access';
import { recordAuditAlone } from '../audit';
import { outreachErrors } from './outreach.errors';
import { toPackTarget } from './outreach.presenter';
import { recordActionCommand } from './outreach-actions.commands';
import {
  type ActionRow,
  findActionByClientId,
  findResidentById,
  findResidentByNik,
  recordingsWithConfirmation,
  visitActionRows,
} from './outreach-actions.repository';
import { isTarget } from './outreach-visits.repository';
import { frozenTargets, presentVisit, visitInScope } from './outreach-visits.service';

const RESULT_TEXT: Record<string, [string, string]> = {
  recorded: ['Tercatat sudah rekam; menunggu konfirmasi SIAK.', 'Recorded; waiting for SIAK to confirm.'],
  applied: ['Tercatat.', 'Saved.'],
  conflict_already_recorded: [
    'Penduduk ini sudah terekam sebelumnya (di kantor atau tim lain): tidak direkam ulang.',
    'This resident was already recorded (at the office or by another team): not recorded again.',
  ],
  not_in_registry: [
    'NIK tidak ada di registri kantor ini: dicatat untuk ditindaklanjuti kantor.',
    "NIK not in this office's registry: kept for the office to follow up.",
  ],
};

function present(a: ActionRow, repeat: boolean): FieldActionReply {
  const key = a.result === 'applied' && a.outcome === 'recorded' ? 'recorded' : a.result;
  const [message, messageEn] = RESULT_TEXT[key] ?? ['', ''];
  return {
    clientId: a.client_id,
    actionId: Number(a.id),
    result: a.result,
    residentId: a.resident_id === null ? null : Number(a.resident_id),
    outcome: a.outcome,
    walkIn: a.walk_in === 1,
    message,
    messageEn,
    repeat,
  };
}

/** The bounded pack a device downloads before leaving: targets with full NIK, and what is already done. */
export async function visitPack(handle: Db, ctx: RequestContext, id: number): Promise<VisitPack> {
  const { visit, site } = await visitInScope(handle, ctx, id, 'outreach.targets');
  const targets = await frozenTargets(handle, id);
  const latest = new Map<number, ActionRow['outcome']>();
  for (const a of await visitActionRows(handle.db, id))
    if (a.resident_id !== null && a.result !== 'conflict_already_recorded')
      latest.set(Number(a.resident_id), a.outcome);
  await recordAuditAlone(handle, {
    actor: { id: ctx.user.id, username: ctx.user.username },
    action: 'outreach.pack',
    entity: 'outreach_visit',
    entityId: id,
    regionCode: site.village_code,
    summary: { targets: targets.length },
    ip: ctx.ip,
  });
  const total = Number(visit.target_count);
  return {
    visit: await presentVisit(handle, visit, site),
    generatedAt: new Date().toISOString(),
    cap: VISIT_PACK_CAP,
    total,
    truncated: total > targets.length,
    targets: targets.map(toPackTarget),
    done: [...latest].map(([residentId, outcome]) => ({ residentId, outcome })),
  };
}

/**
 * One action from the field app. A clientId seen before answers the first result (nothing written); a
 * target by id, a walk-in by NIK (checked with the domain's NIK rules; a NIK of a pack target counts as
 * that target, one unknown to this office is kept as `not_in_registry`).
 */
export async function recordAction(
  handle: Db,
  ctx: RequestContext,
  id: number,
  b: FieldActionBody,
): Promise<{ reply: FieldActionReply; created: boolean }> {
  const { visit, site } = await visitInScope(handle, ctx, id, 'outreach.field');
  const seen = await findActionByClientId(handle.db, b.clientId);
  if (seen) {
    if (Number(seen.visit_id) !== id) throw outreachErrors.clientIdReused();
    return { reply: present(seen, true), created: false };
  }
  if (visit.state !== 'planned') throw outreachErrors.visitState();
  let resident = null;
  let walkIn = false;
  let nik: string | null = null;
  if (b.residentId !== null) {
    if (!(await isTarget(handle.db, id, b.residentId))) throw outreachErrors.notTarget();
    resident = (await findResidentById(handle.db, b.residentId)) ?? null;
  } else {
    const v = validateNik(b.nik ?? '', { referenceDate: officeToday(site.village_code) });
    if (!v.ok) {
      const first = v.errors[0];
      throw outreachErrors.walkInNik(first?.message ?? '', first?.messageEn ?? '');
    }
    nik = v.nik;
    const found = await findResidentByNik(handle.db, v.nik);
    if (found && inScope(ctx.user, found.village_code)) {
      resident = found;
      walkIn = !(await isTarget(handle.db, id, Number(found.id)));
    } else walkIn = true;
  }
  const stored = await recordActionCommand(handle, ctx, { body: b, visit, site, resident, walkIn, nik });
  if (stored) return { reply: present(stored, false), created: true };
  // A concurrent copy of the same action committed first: answer what it stored.
  const first = await findActionByClientId(handle.db, b.clientId);
  if (!first) throw outreachErrors.clientIdReused();
  return { reply: present(first, true), created: false };
}

/**
 * Outreach recordings of a visit not confirmed by SIAK after `days`. Confirmed: a SIAK import moved the
 * resident to a recorded state after the action (history of source `import`), or the resident is already
 * past BIO_CAPTURED (only SIAK moves a record on from the capture outreach wrote).
 */
export async function unconfirmed(
  handle: Db,
  ctx: RequestContext,
  id: number,
  days: number,
  now: Date = new Date(),
): Promise<UnconfirmedList> {
  await visitInScope(handle, ctx, id, 'outreach.targets');
  const rows = await recordingsWithConfirmation(handle.db, id);
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  const confirmed = (r: (typeof rows)[number]) =>
    Number(r.imports_after) > 0 || (isRecorded(r.recording_status) && r.recording_status !== 'BIO_CAPTURED');
  return {
    days,
    recorded: rows.length,
    confirmed: rows.filter(confirmed).length,
    items: rows
      .filter((r) => !confirmed(r) && r.received_at <= cutoff)
      .map((r) => ({
        residentId: Number(r.resident_id),
        nikMasked: maskNik(r.nik),
        fullName: r.full_name,
        recordedAt: r.received_at,
        recordingStatus: r.recording_status,
      })),
  };
}
