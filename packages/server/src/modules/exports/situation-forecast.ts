import type { Forecast } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { forecastFor } from '../forecast';
import { formatLetterDate } from './pdf-signature';

/**
 * The forecast as the few sentences a Kepala Dinas reads aloud: pace, projected date, and why. `towards`
 * names the voting day it counts to when that is not the report's own reference (a report of today);
 * `past` (a report of a past day) keeps only the verdict: no pace or projection from today.
 */
export function forecastSentences(
  f: Forecast,
  opts: { towards?: { name: string; votingDate: string } | null; past?: boolean } = {},
): string {
  const parts: string[] = [];
  if (opts.past) return f.reasons.map((r) => r.message).join(' ');
  if (opts.towards) {
    parts.push(
      `Menuju ${opts.towards.name} (${formatLetterDate(opts.towards.votingDate)}), dengan wajib KTP dihitung per hari pemungutan suara.`,
    );
  }
  if (f.paceLast7 !== null) {
    const pace28 =
      f.paceLast28 === null ? '' : ` dan ${formatNumber(Math.round(f.paceLast28))} per hari dalam 28 hari`;
    parts.push(
      `Laju perekaman ${formatNumber(Math.round(f.paceLast7))} per hari dalam 7 hari terakhir${pace28}.`,
    );
  }
  if (f.status !== 'reached' && f.projectedDate) {
    const band = f.low && f.high ? ` (rentang ${formatLetterDate(f.low)} – ${formatLetterDate(f.high)})` : '';
    parts.push(
      `Target ${formatPercent(f.target, 'id', 0)} wajib KTP diperkirakan tercapai pada ` +
        `${formatLetterDate(f.projectedDate)}${band}.`,
    );
  }
  // The forecast's own reasons already say what matters (on or off track, falling pace, too little history).
  for (const r of f.reasons) parts.push(r.message);
  return parts.join(' ');
}

/**
 * The forecast paragraph of the situation report, measured against the report's election or date, or the
 * next real election of the region when the report is of today. A forecast failure leaves the section out:
 * the report's figures must still reach the Kepala Dinas, and a guessed date would be worse than none.
 */
export async function forecastParagraph(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; election?: number | undefined; date?: string | undefined },
  today: string,
): Promise<string | undefined> {
  try {
    // A report of today counts towards the next real election; of another day, towards that day itself.
    const date = q.date && q.date !== today ? q.date : undefined;
    const r = await forecastFor(handle, ctx, {
      region: q.region,
      ...(q.election ? { election: q.election } : date ? { date } : {}),
    });
    const towards = !q.election && !date ? r.election : null;
    const text = forecastSentences(r.forecast, { towards, past: r.referenceDate < r.today });
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}
