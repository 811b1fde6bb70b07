import type { ReadBudget } from '../../config';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { alertAdmins } from '../notices';
import {
  addRowsRead,
  type BudgetWindow,
  claimAlert,
  findUsage,
  forgetOldWindows,
} from './read-budget.repository';

/**
 * Bulk reading of personal data is throttled per user (UU 27/2022 PDP): every resident row a user is shown,
 * in a list or as an opened record, spends from a budget per short window and per UTC day. The defaults
 * (2,000 rows per 10 minutes, 10,000 per day) are far above a counter clerk's day (a search shows 20 rows)
 * and an outreach worker paging a village, yet turn harvesting a regency into months, with admins told on
 * the first refusal. A request is checked before it reads and charged after, so one request may overshoot
 * by at most one page.
 */
export class ReadBudgetExceeded extends AppError {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const [id, en] =
      minutes > 90
        ? [`${Math.ceil(minutes / 60)} jam`, `${Math.ceil(minutes / 60)} hours`]
        : [`${minutes} menit`, `${minutes} minutes`];
    super(
      'read_budget_exceeded',
      429,
      `Terlalu banyak data penduduk dibaca dalam waktu singkat. Coba lagi dalam ${id}.`,
      `Too many resident records read in a short time. Try again in ${en}.`,
    );
    // The error handler sends it as Retry-After.
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const DAY_MS = 86_400_000;

interface Window extends BudgetWindow {
  limit: number;
  /** When the window ends, in ms since the epoch. */
  endsAt: number;
  label: string;
}

function windowsAt(budget: ReadBudget, nowMs: number): Window[] {
  const shortMs = budget.windowMinutes * 60_000;
  const shortNo = Math.floor(nowMs / shortMs);
  const dayNo = Math.floor(nowMs / DAY_MS);
  return [
    {
      kind: 'short',
      no: shortNo,
      limit: budget.rows,
      endsAt: (shortNo + 1) * shortMs,
      label: `${budget.windowMinutes} min`,
    },
    { kind: 'day', no: dayNo, limit: budget.dayRows, endsAt: (dayNo + 1) * DAY_MS, label: '1 day' },
  ];
}

/**
 * Refuses with 429 when the user has spent a budget (telling the admins once per user and window), else
 * returns the function that charges the rows the request then shows.
 */
export async function checkReadBudget(
  handle: Db,
  ctx: RequestContext,
  budget: ReadBudget,
): Promise<(rows: number) => Promise<void>> {
  const now = budget.now?.() ?? new Date();
  const user = ctx.user;
  const windows = windowsAt(budget, now.getTime());
  const usage = await findUsage(handle.db, user.id, windows);
  const spent = (w: Window) =>
    usage.find((u) => u.window_kind === w.kind && Number(u.window_no) === w.no)?.rows_read ?? 0;
  const over = windows.filter((w) => Number(spent(w)) >= w.limit);
  if (over.length > 0) {
    for (const w of over) await reportOnce(handle, ctx, w, Number(spent(w)), now);
    const until = Math.max(...over.map((w) => w.endsAt));
    throw new ReadBudgetExceeded(Math.max(1, Math.ceil((until - now.getTime()) / 1000)));
  }
  const firstInWindow = spent(windows[0] as Window) === 0;
  return async (rows) => {
    if (rows <= 0) return;
    await addRowsRead(handle.db, user.id, windows, rows);
    if (firstInWindow) await forgetOldWindows(handle.db, user.id, windows);
  };
}

/** One admin notice and one audit entry per user and exceeded window, whichever instance refuses first. */
async function reportOnce(handle: Db, ctx: RequestContext, w: Window, spent: number, now: Date) {
  if (!(await claimAlert(handle.db, ctx.user.id, w))) return;
  const { id, username, regionCode } = ctx.user;
  await handle.db.transaction().execute(async (trx) => {
    await alertAdmins(
      trx,
      {
        kind: 'resident_read_volume',
        severity: 'warning',
        regionCode,
        params: { username, rowsRead: spent, label: w.label },
        data: { userId: id, username, window: w.kind, rowsRead: spent, limit: w.limit },
        dedupeKey: `read-budget:${id}:${w.kind}:${w.no}`,
      },
      now,
    );
    await recordAudit(trx, handle.store, {
      actor: ctx.user,
      action: 'resident.read_throttled',
      entity: 'user',
      entityId: id,
      regionCode,
      summary: { window: w.kind, rowsRead: spent, limit: w.limit },
      ip: ctx.ip,
    });
  });
}
