import type { ConfirmLoanBody, Loan, LoanListQuery, ReserveLoanBody } from '@sigap/contracts';
import {
  addDays,
  isWithinScope,
  type LoanAction,
  loanDays,
  loanPeriodProblem,
  nextLoanState,
  officeToday,
  regionLevel,
} from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { authorize } from '../access';
import { findRegionByCode } from '../regions';
import { equipmentErrors } from './equipment.errors';
import { toLoan } from './equipment.presenter';
import { findItemRows, findOperatorRows } from './equipment.repository';
import { LoanClash, moveLoanCommand, reserveLoanCommand } from './equipment-loans.commands';
import {
  findLoanRow,
  firstClash,
  type LoanRow,
  listLoanRows,
  loanItemRows,
  loanOperatorRows,
} from './equipment-loans.repository';

async function present(handle: Db, rows: readonly LoanRow[]): Promise<Loan[]> {
  const ids = rows.map((r) => Number(r.id));
  const [items, operators] = await Promise.all([
    loanItemRows(handle.db, ids),
    loanOperatorRows(handle.db, ids),
  ]);
  return rows.map((r) => toLoan(r, items, operators));
}

async function reload(handle: Db, id: number): Promise<Loan> {
  const row = await findLoanRow(handle.db, id);
  if (!row) throw equipmentErrors.loanNotFound(id);
  const [loan] = await present(handle, [row]);
  if (!loan) throw equipmentErrors.loanNotFound(id);
  return loan;
}

/** Loans from or to the region (default: the user's scope) meeting [from, to] (default: a month back, two ahead). */
export async function listLoans(
  handle: Db,
  ctx: RequestContext,
  q: LoanListQuery,
  now = new Date(),
): Promise<Loan[]> {
  const region = q.region ?? ctx.user.regionCode;
  authorize(ctx.user, 'equipment.read', region);
  const today = officeToday(region, now);
  const rows = await listLoanRows(
    handle.db,
    region,
    q.from ?? addDays(today, -31),
    q.to ?? addDays(today, 62),
  );
  return present(handle, rows);
}

/** A loan whose receiving regency lies in the user's scope (the province's admins see it too). */
export async function loadLoanInScope(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: 'equipment.read' | 'equipment.lend' | 'equipment.confirm',
): Promise<LoanRow> {
  authorize(ctx.user, action);
  const row = await findLoanRow(handle.db, id);
  if (!row) throw equipmentErrors.loanNotFound(id);
  authorize(ctx.user, action, row.to_region);
  return row;
}

export async function getLoan(handle: Db, ctx: RequestContext, id: number): Promise<Loan> {
  await loadLoanInScope(handle, ctx, id, 'equipment.read');
  return reload(handle, id);
}

/** The clash as a 409 naming what is taken and the loan holding it. */
async function clashError(
  handle: Db,
  resources: string[],
  labels: Map<string, string>,
  start: string,
  end: string,
) {
  const clash = await firstClash(handle.db, resources, start, end);
  const holder = clash && (await findLoanRow(handle.db, Number(clash.loan_id)));
  if (!clash || !holder) return undefined;
  return equipmentErrors.conflict(labels.get(clash.resource) ?? clash.resource, {
    id: Number(holder.id),
    toRegionName: holder.to_region_name ?? holder.to_region,
    start: holder.start_date,
    end: holder.end_date,
  });
}

/**
 * Reserves items of the province's pool with its operators for a regency of that province. Checked
 * here for a clear message; made safe by the day claims of the command, which let only one of two
 * overlapping reservations commit (the loser gets the same 409 naming the winner).
 */
export async function reserveLoan(
  handle: Db,
  ctx: RequestContext,
  body: ReserveLoanBody,
  now = new Date(),
): Promise<Loan> {
  authorize(ctx.user, 'equipment.lend', body.toRegion);
  const fromRegion = body.toRegion.split('.')[0] ?? body.toRegion;
  authorize(ctx.user, 'equipment.lend', fromRegion);
  if (regionLevel(body.toRegion) !== 'regency' || !(await findRegionByCode(handle.db, body.toRegion))) {
    throw equipmentErrors.loanTarget();
  }
  const problem = loanPeriodProblem(body.start, body.end, officeToday(fromRegion, now));
  if (problem) throw equipmentErrors.loanPeriod(problem);
  const itemIds = [...new Set(body.itemIds)];
  const operatorIds = [...new Set(body.operatorIds ?? [])];
  const items = await findItemRows(handle.db, itemIds);
  for (const id of itemIds) {
    const item = items.find((i) => Number(i.id) === id);
    if (!item) throw equipmentErrors.notFound(id);
    if (item.region_code !== fromRegion) throw equipmentErrors.notInPool(item.tag);
    if (item.status !== 'working') throw equipmentErrors.notWorking(item.tag);
  }
  const operators = await findOperatorRows(handle.db, operatorIds);
  for (const id of operatorIds) {
    const op = operators.find((o) => Number(o.id) === id);
    if (!op || op.region_code !== fromRegion || Number(op.active) !== 1)
      throw equipmentErrors.operatorUnavailable(id);
  }
  if (body.coversItemId !== undefined) {
    const [covered] = await findItemRows(handle.db, [body.coversItemId]);
    if (!covered || covered.region_code !== body.toRegion) throw equipmentErrors.coversInvalid();
  }
  const labels = new Map<string, string>([
    ...items.map((i): [string, string] => [`item:${i.id}`, `${i.name} (${i.tag})`]),
    ...operators.map((o): [string, string] => [`operator:${o.id}`, `Operator ${o.name}`]),
  ]);
  const resources = [...labels.keys()];
  const early = await clashError(handle, resources, labels, body.start, body.end);
  if (early) throw early;
  const loan = {
    fromRegion,
    toRegion: body.toRegion,
    start: body.start,
    end: body.end,
    purpose: body.purpose,
    coversItemId: body.coversItemId ?? null,
    itemIds,
    operatorIds,
    resources,
    days: loanDays(body.start, body.end),
    itemLabels: items.map((i) => `${i.name} (${i.tag})`),
  };
  try {
    const id = await reserveLoanCommand(handle, loan, { actor: ctx.user, ip: ctx.ip });
    return reload(handle, id);
  } catch (e) {
    if (!(e instanceof LoanClash)) throw e;
    // The winner committed; name it (if it was cancelled meanwhile, the planner simply tries again).
    throw (
      (await clashError(handle, resources, labels, body.start, body.end)) ??
      equipmentErrors.loanState('reserved')
    );
  }
}

const ACTION_PERMISSION = {
  arrive: 'equipment.confirm',
  return: 'equipment.confirm',
  cancel: 'equipment.lend',
} as const;

/**
 * Arrival (the receiving regency's confirmation only), return (the regency, or the province when the
 * regency does not confirm: the item must come back into the pool) and cancellation (the province,
 * before it left).
 */
export async function moveLoan(
  handle: Db,
  ctx: RequestContext,
  id: number,
  action: LoanAction,
  body: ConfirmLoanBody & { reason?: string },
): Promise<Loan> {
  const row = await loadLoanInScope(handle, ctx, id, ACTION_PERMISSION[action]);
  if (action === 'cancel') authorize(ctx.user, 'equipment.lend', row.from_region);
  if (action === 'arrive' && !isWithinScope(row.to_region, ctx.user.regionCode)) {
    throw equipmentErrors.arrivalByReceiver();
  }
  const to = nextLoanState(row.state, action);
  if (!to) throw equipmentErrors.loanState(row.state);
  const note = action === 'cancel' ? body.reason : body.note;
  if (!(await moveLoanCommand(handle, row, action, to, note, { actor: ctx.user, ip: ctx.ip }))) {
    const fresh = await findLoanRow(handle.db, id);
    throw equipmentErrors.loanState(fresh?.state ?? row.state);
  }
  return reload(handle, id);
}
