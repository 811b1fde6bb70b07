import {
  formatDateShort,
  LEGACY_FLAG_CODE,
  type ReportFlagParams,
  renderReportFlag,
  type StoredReportFlag,
} from '@sigap/domain';
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Daily-report flags are stored as a code and parameters instead of their rendered Indonesian and English
 * text, and rendered in the reader's language when read (domain report-flag-messages.ts).
 *
 * Stored flags are converted by reading their Indonesian text back into parameters, code by code; the
 * parameters are kept only if they render both stored texts exactly, so no flag changes its wording. A
 * text that does not read back (worded by an older version) becomes the generic `legacy_text` flag with
 * its original code and both texts as parameters, and is shown as it was.
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await sql<{ id: number; flags: string }>`
      select id, flags from daily_reports where id > ${after} order by id limit 500`.execute(db);
    for (const row of page.rows) {
      after = Number(row.id);
      const converted = convertFlags(row.flags);
      if (converted !== row.flags) {
        await sql`update daily_reports set flags = ${converted} where id = ${after}`.execute(db);
      }
    }
    if (page.rows.length < 500) return;
  }
}

interface OldFlag {
  code: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
}

function convertFlags(json: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = null;
  }
  if (!Array.isArray(value)) {
    return JSON.stringify([
      legacy({ code: 'unknown', field: '', severity: 'error', message: json, messageEn: json }),
    ]);
  }
  const flags = value.map((f: unknown) => {
    const o = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    if ('params' in o) return o; // already a code and parameters
    const old: OldFlag = {
      code: String(o.code ?? 'unknown'),
      field: String(o.field ?? ''),
      severity: o.severity === 'warning' ? 'warning' : 'error',
      message: String(o.message ?? ''),
      messageEn: String(o.messageEn ?? o.message ?? ''),
    };
    return fromText(old) ?? legacy(old);
  });
  return JSON.stringify(flags);
}

function legacy(old: OldFlag): StoredReportFlag {
  const params = { code: old.code, message: old.message, messageEn: old.messageEn };
  return { code: LEGACY_FLAG_CODE, field: old.field, severity: old.severity, params };
}

/** The first reading of the text whose rendering gives back both stored texts, if any. */
function fromText(old: OldFlag): StoredReportFlag | null {
  for (const params of candidates(old.code, old.message)) {
    const flag = { code: old.code, field: old.field, severity: old.severity, params };
    const [message, messageEn] = renderReportFlag(flag);
    if (
      sameMinus(message) === sameMinus(old.message) &&
      sameMinus(messageEn) === sameMinus(sameMonthWords(old.messageEn))
    )
      return flag;
  }
  return null;
}

/** Older texts wrote a negative number with a hyphen-minus; numbers now take "−" (U+2212) like the sums. */
function sameMinus(text: string): string {
  return text.replaceAll('\u2212', '-');
}

/**
 * Older English texts abbreviated September as "Sept" (the ICU en-GB form); Sigap's short dates now use
 * three letters for every month. The stored text is otherwise what the renderer writes.
 */
function sameMonthWords(text: string): string {
  return text.replace(/\b(\d{1,2}) Sept (\d{4})\b/g, '$1 Sep $2');
}

/** "6.418.683" → 6418683, "98,75" → 98.75, "-40" → -40 (Indonesian number format). */
function idNumber(text: string | undefined): number | null {
  if (!text || !/^[-−]?[\d.]+(,\d+)?$/.test(text)) return null;
  return Number(text.replace(/\./g, '').replace(',', '.').replace('−', '-'));
}

/** "9 Feb 2024" → "2024-02-09", through the same formatter that wrote it. */
function idShortDate(text: string | undefined): string | null {
  const m = /^(\d{1,2}) (\S+) (\d{4})$/.exec(text ?? '');
  if (!m) return null;
  for (let month = 1; month <= 12; month++) {
    const iso = `${m[3]}-${String(month).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
    if (formatDateShort(iso, 'id') === text) return iso;
  }
  return null;
}

type Params = Record<string, number | string | null>;

/** Possible parameters read from a flag's Indonesian text, for each code as it was worded. */
function candidates(code: string, text: string): ReportFlagParams[] {
  // Every figure must read back; one that does not makes the text unreadable.
  const all = (params: Params): ReportFlagParams[] =>
    Object.values(params).some((v) => v === null) ? [] : [params];
  let m: RegExpExecArray | null;
  switch (code) {
    case 'negative_value':
      m = / tidak boleh negatif \((\S+)\)\.$/.exec(text);
      return m ? all({ value: idNumber(m[1]) }) : [];
    case 'recorded_exceeds_wajib':
      m = /^Jumlah sudah rekam (\S+) melebihi jumlah wajib KTP (\S+)\.$/.exec(text);
      return m ? all({ recorded: idNumber(m[1]), mustHoldId: idNumber(m[2]) }) : [];
    case 'cumulative_decreased':
      m = / (\S+) lebih kecil dari laporan (.+) \((\S+)\); angka kumulatif tidak boleh turun\.$/.exec(text);
      return m
        ? all({ value: idNumber(m[1]), previous: idNumber(m[3]), previousDate: idShortDate(m[2]) })
        : [];
    case 'percent_mismatch':
      m = /tertulis (\S+)%; (\S+) \/ (\S+) = \S+%\.$/.exec(text);
      return m ? all({ stated: idNumber(m[1]), recorded: idNumber(m[2]), mustHoldId: idNumber(m[3]) }) : [];
    case 'remaining_mismatch':
      return remainingCandidates(text);
    case 'recorded_today_mismatch':
      m = /^Perekaman hari ini (\S+) tidak sesuai dengan selisih kumulatif (\S+) − (\S+) = \S+\.$/.exec(text);
      return m
        ? all({ typed: idNumber(m[1]), cumulative: idNumber(m[2]), previousCumulative: idNumber(m[3]) })
        : [];
    case 'outlier':
      m =
        /^Perekaman hari ini (\S+) jauh di luar kisaran (\d+) hari terakhir \(median (\S+), (\S+)–(\S+)\); mohon dicek\.$/.exec(
          text,
        );
      return m
        ? all({
            value: idNumber(m[1]),
            days: Number(m[2]),
            median: idNumber(m[3]),
            min: idNumber(m[4]),
            max: idNumber(m[5]),
          })
        : [];
    default:
      return [];
  }
}

/**
 * "Sisa tertulis 95.484 (1,47%) …", "… 12,50% …" or "… 120 …": a count, a percentage or both. A percentage
 * beside a count may have been derived from the count rather than written; read as written, it renders the
 * same text, which is all a stored flag is for.
 */
function remainingCandidates(text: string): ReportFlagParams[] {
  const m = /^Sisa tertulis (.+) tidak sesuai dengan hitungan: (\S+) − (\S+) = .+\.$/.exec(text);
  if (!m) return [];
  const [wajib, recorded] = [idNumber(m[2]), idNumber(m[3])];
  if (wajib === null || recorded === null) return [];
  const base = { recorded, mustHoldId: wajib };
  const stated = m[1] ?? '';
  const both = /^(\S+) \((\S+)%\)$/.exec(stated);
  const percentOnly = /^(\S+)%$/.exec(stated);
  const out: ReportFlagParams[] = [];
  if (both) {
    const [count, percent] = [idNumber(both[1]), idNumber(both[2])];
    if (count !== null && percent !== null) {
      out.push({ ...base, statedRemaining: count, statedRemainingPercent: percent });
    }
  } else if (percentOnly) {
    const percent = idNumber(percentOnly[1]);
    if (percent !== null) out.push({ ...base, statedRemaining: null, statedRemainingPercent: percent });
  } else {
    const count = idNumber(stated);
    if (count !== null) out.push({ ...base, statedRemaining: count, statedRemainingPercent: null });
  }
  return out;
}
