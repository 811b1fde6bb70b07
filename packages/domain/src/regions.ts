/**
 * Kemendagri region codes in their canonical dotted form: `18` (province), `18.71` (regency/city),
 * `18.71.01` (district), `18.71.01.1001` (village). `ID` is the national root above all provinces.
 */
export const NATIONAL_CODE = 'ID';

export const REGION_LEVELS = ['country', 'province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const PATTERNS: [RegionLevel, RegExp][] = [
  ['province', /^\d{2}$/],
  ['regency', /^\d{2}\.\d{2}$/],
  ['district', /^\d{2}\.\d{2}\.\d{2}$/],
  ['village', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
];

/** Level of a well-formed region code, or undefined for anything else. */
export function regionLevel(code: string): RegionLevel | undefined {
  if (code === NATIONAL_CODE) return 'country';
  return PATTERNS.find(([, re]) => re.test(code))?.[0];
}

/** True when `code` is a syntactically valid region code (it may still not exist). */
export function isRegionCode(code: string): boolean {
  return regionLevel(code) !== undefined;
}

/** Parent code derived from the code itself; the national root has none. */
export function parentRegionCode(code: string): string | undefined {
  if (code === NATIONAL_CODE) return undefined;
  const cut = code.lastIndexOf('.');
  return cut < 0 ? NATIONAL_CODE : code.slice(0, cut);
}

/** Codes from the national root down to the code's parent, derived without a lookup. */
export function ancestorCodes(code: string): string[] {
  const out: string[] = [];
  for (let p = parentRegionCode(code); p !== undefined; p = parentRegionCode(p)) out.unshift(p);
  return out;
}

/** Whether `code` lies inside (or is) the region `scope`: the single rule behind every scope check. */
export function isWithinScope(scope: string, code: string): boolean {
  if (scope === NATIONAL_CODE) return true;
  return code === scope || code.startsWith(`${scope}.`);
}

/**
 * Canonical dotted code from the undotted forms found in SIAK extracts (`1871`, `187101`, `1871011001`);
 * already-dotted codes pass through. Returns undefined when the input cannot be a region code.
 */
export function normaliseRegionCode(input: string): string | undefined {
  const raw = input.trim();
  if (isRegionCode(raw)) return raw;
  const digits = raw.replace(/[\s.-]/g, '');
  if (!/^\d+$/.test(digits)) return undefined;
  const parts: Record<number, string[]> = {
    2: [digits],
    4: [digits.slice(0, 2), digits.slice(2, 4)],
    6: [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)],
    10: [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6, 10)],
  };
  const picked = parts[digits.length];
  return picked ? picked.join('.') : undefined;
}

/** District code (`PP.RR.SS`) of first issue encoded in a NIK's first six digits. */
export function districtCodeFromNik(nik: string): string | undefined {
  const digits = nik.replace(/[\s.-]/g, '');
  if (!/^\d{6}/.test(digits)) return undefined;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}`;
}
