import { addDays, compareIsoDates } from './dates';

/**
 * The burial register (issue 16): what a cemetery manager may enter, how long they may correct it, how
 * the office's figures bucket the open leads by age, and how a death certificate is numbered.
 */

/** The cause categories a manager may pick (optional); the certificate takes the cause from the doctor. */
export const BURIAL_CAUSES = ['sakit', 'kecelakaan', 'melahirkan', 'lainnya', 'tidak_diketahui'] as const;
export type BurialCause = (typeof BURIAL_CAUSES)[number];

export const BURIAL_RELATIONS = [
  'anak',
  'suami_istri',
  'orang_tua',
  'saudara',
  'kerabat',
  'tetangga',
  'lainnya',
] as const;
export type BurialRelation = (typeof BURIAL_RELATIONS)[number];

/** open → matched → certified (→ annulled → matched again), or open/matched → dismissed. */
export const BURIAL_STATUSES = ['open', 'matched', 'certified', 'dismissed'] as const;
export type BurialStatus = (typeof BURIAL_STATUSES)[number];

/**
 * Hours the author may still correct an entry: a day covers the evening a manager types up the day's
 * burials and the next morning's second look; after it the entry is evidence the office relies on.
 */
export const BURIAL_EDIT_WINDOW_HOURS = 24;

export type BurialDateRefusal =
  | 'burial_birth_in_future'
  | 'burial_death_before_birth'
  | 'burial_death_in_future'
  | 'burial_before_death'
  | 'burial_in_future';

export interface BurialDates {
  birthDate: string;
  dateOfDeath: string;
  dateOfBurial: string;
}

/** Every date rule an entry breaks (empty: it may be written), each with the field it belongs beside. */
export function burialDateRefusals(
  d: BurialDates,
  today: string,
): { code: BurialDateRefusal; field: keyof BurialDates }[] {
  const out: { code: BurialDateRefusal; field: keyof BurialDates }[] = [];
  if (compareIsoDates(d.birthDate, today) > 0)
    out.push({ code: 'burial_birth_in_future', field: 'birthDate' });
  if (compareIsoDates(d.dateOfDeath, d.birthDate) < 0)
    out.push({ code: 'burial_death_before_birth', field: 'dateOfDeath' });
  if (compareIsoDates(d.dateOfDeath, today) > 0)
    out.push({ code: 'burial_death_in_future', field: 'dateOfDeath' });
  if (compareIsoDates(d.dateOfBurial, d.dateOfDeath) < 0)
    out.push({ code: 'burial_before_death', field: 'dateOfBurial' });
  if (compareIsoDates(d.dateOfBurial, today) > 0)
    out.push({ code: 'burial_in_future', field: 'dateOfBurial' });
  return out;
}

export const BURIAL_DATE_MESSAGES: Record<BurialDateRefusal, [string, string]> = {
  burial_birth_in_future: [
    'Tanggal lahir tidak boleh di masa depan.',
    'The birth date cannot be in the future.',
  ],
  burial_death_before_birth: [
    'Tanggal meninggal tidak boleh sebelum tanggal lahir.',
    'The date of death cannot be before the birth date.',
  ],
  burial_death_in_future: [
    'Tanggal meninggal tidak boleh di masa depan.',
    'The date of death cannot be in the future.',
  ],
  burial_before_death: [
    'Tanggal pemakaman tidak boleh sebelum tanggal meninggal.',
    'The burial date cannot be before the date of death.',
  ],
  burial_in_future: [
    'Tanggal pemakaman tidak boleh di masa depan.',
    'The burial date cannot be in the future.',
  ],
};

/** Whether the author may still change an entry made at `createdAt` (ISO timestamp) at `now`. */
export function burialEditable(
  createdAt: string,
  now: Date,
  windowHours = BURIAL_EDIT_WINDOW_HOURS,
): boolean {
  return now.getTime() - new Date(createdAt).getTime() < windowHours * 3_600_000;
}

/** Age buckets of the leads still open (days since the burial was entered). */
export const PENDING_AGE_BUCKETS = ['0-7', '8-30', '31-90', '90+'] as const;
export type PendingAgeBucket = (typeof PENDING_AGE_BUCKETS)[number];

export function pendingAgeBucket(enteredDay: string, today: string): PendingAgeBucket {
  const days = daysFrom(enteredDay, today);
  if (days <= 7) return '0-7';
  if (days <= 30) return '8-30';
  if (days <= 90) return '31-90';
  return '90+';
}

/** The first day of a bucket's range counted back from today (inclusive), for the SQL filter. */
export function pendingBucketBounds(
  bucket: PendingAgeBucket,
  today: string,
): { from: string | null; to: string } {
  const [lo, hi] = { '0-7': [0, 7], '8-30': [8, 30], '31-90': [31, 90], '90+': [91, null] }[bucket] as [
    number,
    number | null,
  ];
  return { from: hi === null ? null : addDays(today, -hi), to: addDays(today, -lo) };
}

function daysFrom(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A death certificate (akta kematian) number: the regency code without dots, "KM", the year and a
 * gap-free six-digit sequence of that regency and year, e.g. `1871-KM-2026-000001`.
 */
export function renderDeathCertificateNumber(regencyCode: string, year: number, seq: number): string {
  return `${regencyCode.replace(/\./g, '')}-KM-${year}-${String(seq).padStart(6, '0')}`;
}
