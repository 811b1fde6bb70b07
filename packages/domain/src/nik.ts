/**
 * NIK (Nomor Induk Kependudukan): 16 digits `PPRRSSDDMMYYXXXX` — province, regency/city and district of first
 * issue, birth date DDMMYY with 40 added to the day for women, and a serial 0001–9999. There is no checksum,
 * so these structural rules are all a NIK can be checked against.
 */
import { compareIsoDates, isValidCalendarDate, requireIsoDate, toIsoDate } from './dates';
import { normaliseRegionCode, regionLevel } from './regions';

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];

export type NikIssueCode = keyof typeof MESSAGES;
export interface NikIssue {
  code: NikIssueCode;
  /** What the message quotes (e.g. the digit count), so a stored issue can be rendered again later. */
  params: string[];
  message: string;
  messageEn: string;
}
export interface ParsedNik {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: string;
  sex: Sex;
  serial: string;
}
/** What a record says that the NIK also encodes. */
export type NikFacts = Pick<ParsedNik, 'birthDate' | 'sex'>;
/** Parts for `buildNik`; the district may be dotted (`18.71.01`) or not (`187101`). */
export type NikParts = Pick<ParsedNik, 'districtCode' | 'birthDate' | 'sex'> & { serial: number | string };
export interface NikValidationOptions {
  referenceDate: string;
  knownProvinces?: ReadonlySet<string>;
  knownDistricts?: ReadonlySet<string>;
}
export type NikValidation =
  | { ok: true; nik: string; parsed: ParsedNik; warnings: NikIssue[] }
  | { ok: false; nik: string; errors: NikIssue[] };

/**
 * The 38 current province codes (Kemendagri; the first column of `data/provinces.csv` in idn-area-data
 * 4.0.1, cross-checked by a test). Hard-coded: the domain does no I/O, and a new province is a rare event.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  `11 12 13 14 15 16 17 18 19 21 31 32 33 34 35 36 51 52 53 61 62 63 64 65 71 72 73 74 75 76 81 82
   91 92 93 94 95 96`.split(/\s+/),
);

// Messages are shown to the operator who typed the NIK, so they name nothing personal beyond region codes.
const MESSAGES = {
  nik_length: (n: string) => [`NIK harus 16 digit (tertulis ${n}).`, `NIK must be 16 digits (got ${n}).`],
  nik_not_digits: () => ['NIK hanya boleh berisi angka.', 'NIK must contain digits only.'],
  nik_unknown_province: (p: string) => [`Kode provinsi ${p} tidak dikenal.`, `Unknown province code ${p}.`],
  nik_invalid_birth_date: () => [
    'Tanggal lahir pada NIK tidak valid (tanggal tidak ada atau di masa depan).',
    'The birth date in the NIK is not valid (no such day, or in the future).',
  ],
  nik_serial_zero: () => ['Nomor urut NIK tidak boleh 0000.', 'The NIK serial number cannot be 0000.'],
  nik_unknown_region: (d: string) => [
    `Kode kecamatan ${d} pada NIK tidak ada di daftar wilayah saat ini (mungkin wilayah telah dimekarkan).`,
    `District code ${d} in the NIK is not in the current region list (the region may have been split).`,
  ],
  nik_birth_date_mismatch: () => [
    'Tanggal lahir pada NIK tidak sesuai dengan data penduduk.',
    "The birth date in the NIK does not match the resident's record.",
  ],
  nik_sex_mismatch: () => [
    'Jenis kelamin pada NIK tidak sesuai dengan data penduduk.',
    "The sex in the NIK does not match the resident's record.",
  ],
} satisfies Record<string, (arg: string) => [string, string]>;

/** Every issue code, for API documentation and exhaustive tests. */
export const NIK_ISSUE_CODES = Object.keys(MESSAGES) as NikIssueCode[];

/** The Indonesian and English text of an issue code with its parameters (as stored with the issue). */
export function renderNikIssue(code: NikIssueCode, params: readonly string[]): [string, string] {
  return MESSAGES[code](params[0] ?? '');
}

function issue(code: NikIssueCode, arg?: string): NikIssue {
  const params = arg === undefined ? [] : [arg];
  const [message, messageEn] = renderNikIssue(code, params);
  return { code, params, message, messageEn };
}

// Women's NIKs carry the birth day plus 40, so the day field is 01–31 or 41–71.
const FEMALE_DAY_OFFSET = 40;

/** Strips the separators people type or paste (spaces, dots, hyphens and Unicode dashes). */
export function normaliseNik(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, '');
}

function decodeDay(dayField: number): { sex: Sex; day: number } | undefined {
  if (dayField >= 1 && dayField <= 31) return { sex: 'L', day: dayField };
  if (dayField >= 41 && dayField <= 71) return { sex: 'P', day: dayField - FEMALE_DAY_OFFSET };
  return undefined;
}

/**
 * Birth date for a DDMMYY whose century is unknown: the reference date's century if that day exists and is
 * not after the reference date, else the century before (if the day exists there: 29 Feb 2000 does, 29 Feb
 * 1900 does not). A resident aged 100 or more is thus read a century too young; the NIK cannot say better.
 */
function resolveBirthDate(day: number, month: number, yy: number, referenceDate: string): string | undefined {
  const century = Math.floor(requireIsoDate(referenceDate, 'referenceDate').year / 100) * 100;
  for (const year of [century + yy, century - 100 + yy]) {
    if (!isValidCalendarDate(year, month, day)) continue;
    const iso = toIsoDate({ year, month, day });
    if (compareIsoDates(iso, referenceDate) <= 0) return iso;
  }
  return undefined;
}

/** Decodes a NIK's fields without judging province or serial; undefined unless 16 digits with a real date. */
export function parseNik(nik: string, referenceDate: string): ParsedNik | undefined {
  const digits = normaliseNik(nik);
  if (!/^\d{16}$/.test(digits)) return undefined;
  const decoded = decodeDay(Number(digits.slice(6, 8)));
  if (!decoded) return undefined;
  const month = Number(digits.slice(8, 10));
  const birthDate = resolveBirthDate(decoded.day, month, Number(digits.slice(10, 12)), referenceDate);
  if (!birthDate) return undefined;
  const [p, r, s] = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6)];
  const serial = digits.slice(12, 16);
  return {
    provinceCode: p,
    regencyCode: `${p}.${r}`,
    districtCode: `${p}.${r}.${s}`,
    birthDate,
    sex: decoded.sex,
    serial,
  };
}

/** Checks a NIK: errors reject it; warnings (a district code no longer current) let it through. */
export function validateNik(input: string, options: NikValidationOptions): NikValidation {
  const { referenceDate, knownProvinces = PROVINCE_CODES, knownDistricts } = options;
  const nik = normaliseNik(input);
  const errors: NikIssue[] = [];
  if (!/^\d*$/.test(nik)) errors.push(issue('nik_not_digits'));
  if (nik.length !== 16) errors.push(issue('nik_length', String(nik.length)));
  // Without 16 digits the fields cannot be located, so the remaining rules would only add noise.
  if (errors.length > 0) return { ok: false, nik, errors };

  const province = nik.slice(0, 2);
  if (!knownProvinces.has(province)) errors.push(issue('nik_unknown_province', province));
  const parsed = parseNik(nik, referenceDate);
  if (!parsed) errors.push(issue('nik_invalid_birth_date'));
  if (nik.endsWith('0000')) errors.push(issue('nik_serial_zero'));
  if (!parsed || errors.length > 0) return { ok: false, nik, errors };

  // Regions split and are renumbered but a NIK is never reissued for it, so an old code is only a warning.
  // Without a region list, code 00 (never a regency or district) is the one thing known not to exist.
  const { regencyCode, districtCode } = parsed;
  const unknown = knownDistricts
    ? !knownDistricts.has(districtCode) && !knownDistricts.has(districtCode.replaceAll('.', ''))
    : regencyCode.endsWith('.00') || districtCode.endsWith('.00');
  const warnings = unknown ? [issue('nik_unknown_region', districtCode)] : [];
  return { ok: true, nik, parsed, warnings };
}

/**
 * Data-quality flags where the NIK disagrees with the record's birth date or sex; empty when consistent.
 * Dates compare on DDMMYY: the NIK holds no century, so a record a century before the resolved date agrees.
 */
export function checkNikAgainstRecord(nik: string, record: NikFacts, referenceDate: string): NikIssue[] {
  const digits = normaliseNik(nik);
  if (!/^\d{16}$/.test(digits)) return [];
  const flags: NikIssue[] = [];
  const parsed = parseNik(digits, referenceDate);
  const ddmmyy = (iso: string) => `${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`;
  if (!parsed || ddmmyy(parsed.birthDate) !== ddmmyy(record.birthDate))
    flags.push(issue('nik_birth_date_mismatch'));
  // Sex comes from the day field alone, so it is checked even when the date itself is broken.
  const sex = decodeDay(Number(digits.slice(6, 8)))?.sex;
  if (sex !== undefined && sex !== record.sex) flags.push(issue('nik_sex_mismatch'));
  return flags;
}

/**
 * `1871••••••••••••`: the one mask for a NIK shown anywhere but the audited full record (lists, audit
 * summaries). Only the province and regency are shown, which the village on the same row reveals anyway.
 *
 * Why not more (UU 27/2022 PDP, data minimisation): a NIK is `PPRRSS DDMMYY XXXX` and a list row also shows
 * the village (→ PPRRSS) and sex; with the full birth date the first twelve digits are derivable, so the
 * four-digit serial is the only secret part and must never be shown (the old mask kept it, and 2,919 of
 * 3,000 NIKs were rebuilt exactly). Lists also show the birth year only (see the residents list presenter),
 * so a row leaves day, month and serial unknown: about 365 × 9,999 candidates, and still the 9,999 serials
 * for someone who knows the birth date from elsewhere. Staff who have the full NIK type it to search.
 */
export function maskNik(nik: string): string {
  const digits = normaliseNik(nik);
  // A malformed value (a typo, a 15-digit import) may be mostly a real NIK: hide all of it, not most of it.
  if (!/^\d{16}$/.test(digits)) return '•'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'•'.repeat(12)}`;
}

/** Builds a NIK from its parts (for factories and the data generator); throws RangeError on bad parts. */
export function buildNik(parts: NikParts): string {
  const district = normaliseRegionCode(parts.districtCode);
  if (!district || regionLevel(district) !== 'district') {
    throw new RangeError(`districtCode must be a district code, got "${parts.districtCode}"`);
  }
  const { year, month, day } = requireIsoDate(parts.birthDate, 'birthDate');
  const serial = Number(parts.serial);
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) {
    throw new RangeError(`serial must be 1–9999, got "${parts.serial}"`);
  }
  const two = (n: number) => String(n).padStart(2, '0');
  const dayField = two(parts.sex === 'P' ? day + FEMALE_DAY_OFFSET : day);
  const birth = `${dayField}${two(month)}${two(year % 100)}`;
  return `${district.replaceAll('.', '')}${birth}${String(serial).padStart(4, '0')}`;
}
