/**
 * Plausibility of a report typed by a regency (not pre-filled from Sigap): its figures checked against
 * what Sigap itself knows of that regency, the population and wajib KTP of the registry counters, or,
 * where the registry is incomplete for it, the population the province entered (`report_population`).
 */
import { formatNumber, formatPercent, type Locale } from './format';
import type { ReportFigures, ReportFlag, ReportFlagParams } from './report-validation';

/** A typed wajib KTP further than this share from the registry's is flagged (a warning: ask, not refuse). */
export const WAJIB_TOLERANCE = 0.1;

/** What Sigap knows of the regency on the report's day. */
export interface RegencyFacts {
  population: number;
  /** The registry's wajib KTP; null when the population is the province's figure (registry incomplete). */
  mustHoldId: number | null;
  /** Where the population comes from: Sigap's registry counters, or the province's setting. */
  source: 'registry' | 'setting';
}

export type PlausibilityCode =
  | 'wajib_exceeds_population'
  | 'recorded_exceeds_population'
  | 'not_recorded_exceeds_population'
  | 'wajib_far_from_registry';

type Flag = ReportFlag & { code: PlausibilityCode };

/** Flags for `f` against `facts`; none without facts (no registry data and no province figure). */
export function plausibilityFlags(f: ReportFigures, facts: RegencyFacts | null): Flag[] {
  if (!facts || facts.population <= 0) return [];
  const { population, source } = facts;
  const out: Flag[] = [];
  const over = (code: PlausibilityCode, field: string, value: number | null | undefined) => {
    if (typeof value === 'number' && value > population)
      out.push({ code, field, severity: 'error', params: { value, population, source } });
  };
  over('wajib_exceeds_population', 'mustHoldId', f.mustHoldId);
  over('recorded_exceeds_population', 'cumulativeRecorded', f.cumulativeRecorded);
  over('not_recorded_exceeds_population', 'statedRemaining', f.statedRemaining);
  const registry = facts.mustHoldId;
  if (registry && registry > 0 && f.mustHoldId >= 0) {
    const off = Math.abs(f.mustHoldId - registry) / registry;
    if (off > WAJIB_TOLERANCE && !out.some((x) => x.field === 'mustHoldId')) {
      const params = { value: f.mustHoldId, registry, tolerance: WAJIB_TOLERANCE };
      out.push({ code: 'wajib_far_from_registry', field: 'mustHoldId', severity: 'warning', params });
    }
  }
  return out;
}

type Text = [message: string, messageEn: string];
const n = (v: number, l: Locale) => formatNumber(v, l);
const num = (p: ReportFlagParams, key: string) => Number(p[key] ?? 0);
const of = (p: ReportFlagParams): Text =>
  p.source === 'setting'
    ? ['penduduk yang ditetapkan provinsi', 'population set by the province']
    : ['penduduk menurut registri Sigap', "population in Sigap's registry"];

function exceeds(what: Text) {
  return (p: ReportFlagParams): Text => {
    const [v, pop, [src, srcEn]] = [num(p, 'value'), num(p, 'population'), of(p)];
    return [
      `${what[0]} ${n(v, 'id')} melebihi ${src} ${n(pop, 'id')}; tidak mungkin benar.`,
      `${what[1]} ${n(v, 'en')} exceeds the ${srcEn} ${n(pop, 'en')}; it cannot be true.`,
    ];
  };
}

/** The texts of the plausibility flags (joined into the one catalogue, report-flag-messages.ts). */
export const PLAUSIBILITY_MESSAGES: Record<PlausibilityCode, (p: ReportFlagParams) => Text> = {
  wajib_exceeds_population: exceeds(['Jumlah wajib KTP', 'Must hold an e-KTP']),
  recorded_exceeds_population: exceeds(['Jumlah sudah rekam', 'Cumulative recorded']),
  not_recorded_exceeds_population: exceeds(['Jumlah belum rekam', 'Not recorded']),
  wajib_far_from_registry: (p) => {
    const [v, r, tol] = [num(p, 'value'), num(p, 'registry'), num(p, 'tolerance')];
    const diff = (l: Locale) => formatPercent(Math.abs(v - r) / r, l, 1);
    const limit = (l: Locale) => formatPercent(tol, l, 0);
    return [
      `Jumlah wajib KTP ${n(v, 'id')} berbeda ${diff('id')} dari registri Sigap ${n(r, 'id')} (batas ${limit('id')}); mohon dicek.`,
      `Must hold an e-KTP ${n(v, 'en')} differs by ${diff('en')} from Sigap's registry ${n(r, 'en')} (limit ${limit('en')}); please check.`,
    ];
  },
};

/** Sample parameters for the catalogue test. */
export const PLAUSIBILITY_SAMPLES: readonly ReportFlag[] = [
  {
    code: 'wajib_exceeds_population',
    field: 'mustHoldId',
    severity: 'error',
    params: { value: 1200, population: 1000, source: 'registry' },
  },
  {
    code: 'recorded_exceeds_population',
    field: 'cumulativeRecorded',
    severity: 'error',
    params: { value: 1100, population: 1000, source: 'setting' },
  },
  {
    code: 'not_recorded_exceeds_population',
    field: 'statedRemaining',
    severity: 'error',
    params: { value: 1500, population: 1000, source: 'registry' },
  },
  {
    code: 'wajib_far_from_registry',
    field: 'mustHoldId',
    severity: 'warning',
    params: { value: 900, registry: 750, tolerance: 0.1 },
  },
];
