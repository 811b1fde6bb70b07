/**
 * The resident's village (desa/kelurahan) code in canonical dotted form `PP.RR.SS.VVVV`, from a KODE_DESA
 * cell (dotted, or the 10 bare digits SIAK writes) or from the split NO_PROP/NO_KAB/NO_KEC/NO_KEL columns,
 * whose numbers lose their leading zeros in spreadsheets (`1` for kabupaten `01`).
 */
import { normaliseRegionCode, regionLevel } from '@sigap/domain';

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function allDigits(s: string, from = 0, to = s.length): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Dotted village code from a KODE_DESA cell, or undefined when it is not one. */
export function villageCodeFrom(raw: string): string | undefined {
  const s = raw.trim();
  // The two forms SIAK extracts use, checked without allocating; anything else goes the general way.
  if (s.length === 13 && s[2] === '.' && s[5] === '.' && s[8] === '.') {
    const ok = allDigits(s, 0, 2) && allDigits(s, 3, 5) && allDigits(s, 6, 8) && allDigits(s, 9, 13);
    return ok ? s : undefined;
  }
  if (s.length === 10 && allDigits(s)) {
    return `${s.slice(0, 2)}.${s.slice(2, 4)}.${s.slice(4, 6)}.${s.slice(6, 10)}`;
  }
  const code = normaliseRegionCode(s);
  return code !== undefined && regionLevel(code) === 'village' ? code : undefined;
}

export const SPLIT_WIDTHS = [2, 2, 2, 4] as const;

/** One split part zero-padded to `width`, or undefined when not 1–`width` digits or all zeros. */
function part(raw: string, width: number): string | undefined {
  let s = raw.trim();
  // Spreadsheets may turn `01` into the number 1 and write it back as `1.0`.
  if (s.endsWith('.0')) s = s.slice(0, -2);
  if (s.length > width || !allDigits(s) || Number(s) === 0) return undefined;
  return s.padStart(width, '0');
}

/**
 * Dotted village code from the four split cells; on failure, the index (0–3) of the first bad part, so
 * the issue names the right column.
 */
export function villageCodeFromParts(
  parts: readonly [string, string, string, string],
): { code: string } | { badPart: number } {
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    const value = part(parts[i] ?? '', SPLIT_WIDTHS[i] ?? 0);
    if (value === undefined) return { badPart: i };
    out.push(value);
  }
  return { code: out.join('.') };
}
