import { describe, expect, it } from 'vitest';
import { showReportFlag } from '../src/report-flag-messages';
import { plausibilityFlags, type RegencyFacts } from '../src/report-plausibility';

const registry: RegencyFacts = { population: 1000, mustHoldId: 750, source: 'registry' };
const day = { date: '2026-12-01' };
const shown = (f: Parameters<typeof plausibilityFlags>[0], facts: RegencyFacts | null) =>
  plausibilityFlags(f, facts).map((x) => {
    const s = showReportFlag(x);
    return [s.code, s.field, s.severity, s.message, s.messageEn];
  });

describe('plausibility of a typed report against what Sigap knows of the regency', () => {
  it('passes figures that can be true, within the tolerance of the registry wajib', () => {
    const f = { ...day, mustHoldId: 780, cumulativeRecorded: 700, statedRemaining: 80 };
    expect(plausibilityFlags(f, registry)).toEqual([]);
  });

  it('flags wajib, recorded and not-recorded figures above the population, with both numbers', () => {
    const f = { ...day, mustHoldId: 1200, cumulativeRecorded: 1100, statedRemaining: 1500 };
    expect(shown(f, registry)).toEqual([
      [
        'wajib_exceeds_population',
        'mustHoldId',
        'error',
        'Jumlah wajib KTP 1.200 melebihi penduduk menurut registri Sigap 1.000; tidak mungkin benar.',
        "Must hold an e-KTP 1,200 exceeds the population in Sigap's registry 1,000; it cannot be true.",
      ],
      [
        'recorded_exceeds_population',
        'cumulativeRecorded',
        'error',
        'Jumlah sudah rekam 1.100 melebihi penduduk menurut registri Sigap 1.000; tidak mungkin benar.',
        "Cumulative recorded 1,100 exceeds the population in Sigap's registry 1,000; it cannot be true.",
      ],
      [
        'not_recorded_exceeds_population',
        'statedRemaining',
        'error',
        'Jumlah belum rekam 1.500 melebihi penduduk menurut registri Sigap 1.000; tidak mungkin benar.',
        "Not recorded 1,500 exceeds the population in Sigap's registry 1,000; it cannot be true.",
      ],
    ]);
  });

  it('warns when wajib is further than 10% from the registry, not at exactly 10%', () => {
    expect(plausibilityFlags({ ...day, mustHoldId: 825, cumulativeRecorded: 0 }, registry)).toEqual([]);
    expect(shown({ ...day, mustHoldId: 900, cumulativeRecorded: 0 }, registry)).toEqual([
      [
        'wajib_far_from_registry',
        'mustHoldId',
        'warning',
        'Jumlah wajib KTP 900 berbeda 20,0% dari registri Sigap 750 (batas 10%); mohon dicek.',
        "Must hold an e-KTP 900 differs by 20.0% from Sigap's registry 750 (limit 10%); please check.",
      ],
    ]);
  });

  it("uses the province's population where the registry is incomplete, and no wajib comparison", () => {
    const set: RegencyFacts = { population: 5000, mustHoldId: null, source: 'setting' };
    expect(plausibilityFlags({ ...day, mustHoldId: 3600, cumulativeRecorded: 10 }, set)).toEqual([]);
    expect(shown({ ...day, mustHoldId: 5200, cumulativeRecorded: 10 }, set)[0]?.slice(0, 4)).toEqual([
      'wajib_exceeds_population',
      'mustHoldId',
      'error',
      'Jumlah wajib KTP 5.200 melebihi penduduk yang ditetapkan provinsi 5.000; tidak mungkin benar.',
    ]);
  });

  it('says nothing without facts (an empty registry and no province figure)', () => {
    const f = { ...day, mustHoldId: 1e6, cumulativeRecorded: 1 };
    expect(plausibilityFlags(f, null)).toEqual([]);
    expect(plausibilityFlags(f, { population: 0, mustHoldId: 0, source: 'registry' })).toEqual([]);
  });
});
