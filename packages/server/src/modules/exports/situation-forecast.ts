import type { Forecast } from '@sigap/contracts';
import { formatNumber, formatPercent } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { forecastFor } from '../forecast';
import { formatLetterDate } from './pdf-signature';

/** The forecast as the few sentences a Kepala Dinas reads aloud: pace, projected date, and why. */
export function forecastSentences(f: Forecast): string {
  const parts: string[] = [];
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
 * The forecast paragraph of the situation report, measured against the report's election, or the next
 * election of the region when the report is for a date. A forecast failure leaves the section out:
 * the report's figures must still reach the Kepala Dinas, and a guessed date would be worse than none.
 */
export async function forecastParagraph(
  handle: Db,
  ctx: RequestContext,
  q: { region: string; election?: number | undefined },
): Promise<string | undefined> {
  try {
    const r = await forecastFor(handle, ctx, {
      region: q.region,
      ...(q.election ? { election: q.election } : {}),
    });
    const text = forecastSentences(r.forecast);
    return text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}
