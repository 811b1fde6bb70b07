import type { QueueRules } from '@sigap/contracts';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { recordAudit } from '../audit';
import { upsertRules } from './queue.repository';
import { loadPointInScope } from './queue.service';
import { rulesOf } from './queue-rules';

/** A point's queue rules (its own, or the defaults). */
export async function getQueueRules(handle: Db, ctx: RequestContext, pointId: number): Promise<QueueRules> {
  const point = await loadPointInScope(handle, ctx, pointId, 'queue.read');
  return rulesOf(handle.db, point.id);
}

/** Sets a point's cap, ratio and grace (a manager's decision, like its hours). */
export async function putQueueRules(
  handle: Db,
  ctx: RequestContext,
  pointId: number,
  rules: QueueRules,
): Promise<QueueRules> {
  const point = await loadPointInScope(handle, ctx, pointId, 'service_point.manage');
  const old = await rulesOf(handle.db, point.id);
  await putRulesCommand(handle, point, rules, old, ctx);
  return rules;
}

/** One transaction: the rules row and a `queue.rules` audit entry with the old values. */
export async function putRulesCommand(
  handle: Db,
  point: { id: number; region_code: string },
  rules: QueueRules,
  old: QueueRules,
  ctx: RequestContext,
): Promise<void> {
  await handle.db.transaction().execute(async (trx) => {
    await upsertRules(trx, {
      service_point_id: point.id,
      walk_in_daily_cap: rules.walkInDailyCap,
      ratio_priority: rules.priorityRatio.priority,
      ratio_normal: rules.priorityRatio.normal,
      no_show_grace_minutes: rules.noShowGraceMinutes,
      updated_by: ctx.user.id,
      updated_at: new Date().toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'queue.rules',
      entity: 'service_point',
      entityId: point.id,
      regionCode: point.region_code,
      summary: { from: old, to: rules },
      ip: ctx.ip,
    });
  });
}
