/**
 * The generated Lampung population at scale 0.01 against the public figures (figures.md). The measured
 * figures are printed so a change in the model shows its effect in the test log.
 */
import { ageOn, isRecorded, isVoter, mustHoldId, needsRerecording, type ResidentRecord } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAMPUNG_WAJIB_SHARE, MEAN_AGE_RISK } from '../../src/modules/generator/calibration';
import { expectedPopulation, generateResidents } from '../../src/modules/generator/population';
import { ageRisk } from '../../src/modules/generator/recording';
import { facts, optionsFor, REFERENCE_DATE } from './fixtures';

interface Tally {
  records: number;
  present: number;
  male: number;
  under15: number;
  over65: number;
  wajib: number;
  recorded: number;
  prrBacklog: number;
  failures: number;
  handedOver: number;
  ikd: number;
  girls16: number;
  married16: number;
  kitap: number;
  kitapWajibNotVoter: number;
  deceased: number;
  movedOut: number;
  ageRisk: number;
  regencies: Map<string, { wajib: number; recorded: number }>;
}

function tally(records: Iterable<ResidentRecord>): Tally {
  const t: Tally = {
    records: 0,
    present: 0,
    male: 0,
    under15: 0,
    over65: 0,
    wajib: 0,
    recorded: 0,
    prrBacklog: 0,
    failures: 0,
    handedOver: 0,
    ikd: 0,
    girls16: 0,
    married16: 0,
    kitap: 0,
    kitapWajibNotVoter: 0,
    deceased: 0,
    movedOut: 0,
    ageRisk: 0,
    regencies: new Map(),
  };
  for (const r of records) {
    t.records++;
    if (r.lifeStatus === 'DECEASED') t.deceased++;
    if (r.lifeStatus === 'MOVED_OUT') t.movedOut++;
    if (r.lifeStatus !== 'ALIVE') continue;
    const f = facts(r);
    const age = ageOn(r.birthDate, REFERENCE_DATE);
    t.present++;
    if (r.sex === 'L') t.male++;
    if (age < 15) t.under15++;
    if (age >= 65) t.over65++;
    if (age === 16 && r.sex === 'P') {
      t.girls16++;
      if (r.maritalStatus !== 'BELUM_KAWIN') t.married16++;
    }
    if (r.stayPermit === 'KITAP') t.kitap++;
    if (r.stayPermit === 'KITAP' && mustHoldId(f, REFERENCE_DATE) && !isVoter(f, REFERENCE_DATE))
      t.kitapWajibNotVoter++;
    if (!mustHoldId(f, REFERENCE_DATE)) continue;
    const regency = t.regencies.get(r.villageCode.slice(0, 5)) ?? { wajib: 0, recorded: 0 };
    t.regencies.set(r.villageCode.slice(0, 5), regency);
    t.wajib++;
    regency.wajib++;
    t.ageRisk += ageRisk(Math.max(age, 16));
    if (r.recordingStatus === 'PRINT_READY_RECORD' && r.printStatus === 'NOT_PRINTED') t.prrBacklog++;
    if (needsRerecording(r.recordingStatus)) t.failures++;
    if (r.printStatus === 'HANDED_OVER') t.handedOver++;
    if (!isRecorded(r.recordingStatus)) continue;
    t.recorded++;
    regency.recorded++;
    if (r.ikdActivatedDate !== null) t.ikd++;
  }
  return t;
}

const pct = (n: number, d: number) => (100 * n) / d;

describe('calibration: Lampung (18) at scale 0.01, 15 Nov 2024', () => {
  let t: Tally;
  beforeAll(() => {
    t = tally(generateResidents(optionsFor('18', 0.01)));
    const regencyShares = [...t.regencies].map(
      ([code, g]) => `${code} ${pct(g.recorded, g.wajib).toFixed(2)}%`,
    );
    console.info(
      [
        `population (alive) ${t.present} of target ${expectedPopulation('18', 0.01)}; records ${t.records}`,
        `wajib ${t.wajib} = ${pct(t.wajib, t.present).toFixed(2)}% (figures.md 72.73%)`,
        `recorded ${pct(t.recorded, t.wajib).toFixed(2)}% (figures.md counts 98.83%)`,
        `PRR backlog ${pct(t.prrBacklog, t.wajib).toFixed(2)}%, failures ${pct(t.failures, t.wajib).toFixed(2)}%`,
        `handed over ${pct(t.handedOver, t.wajib).toFixed(2)}%, IKD ${pct(t.ikd, t.recorded).toFixed(2)}% of recorded`,
        `sex ratio ${(t.male / (t.present - t.male)).toFixed(3)}, under 15 ${pct(t.under15, t.present).toFixed(1)}%,` +
          ` 65+ ${pct(t.over65, t.present).toFixed(1)}%`,
        `married 16-year-old girls ${t.married16}/${t.girls16} = ${pct(t.married16, t.girls16).toFixed(2)}%`,
        `KITAP ${t.kitap}; deceased ${pct(t.deceased, t.records).toFixed(2)}%, moved ${pct(t.movedOut, t.records).toFixed(2)}%`,
        `mean age risk ${(t.ageRisk / t.wajib).toFixed(3)} (constant ${MEAN_AGE_RISK})`,
        `recorded by regency: ${regencyShares.join(', ')}`,
      ].join('\n'),
    );
  });

  it('matches the province total and the wajib share', () => {
    expect(Math.abs(t.present - 90_827) / 90_827).toBeLessThan(0.03);
    expect(pct(t.wajib, t.present)).toBeGreaterThan(72);
    expect(pct(t.wajib, t.present)).toBeLessThan(74);
    expect(Math.abs(t.wajib / t.present - LAMPUNG_WAJIB_SHARE)).toBeLessThan(0.01);
  });

  it('matches the recording level with a PRR backlog, failures and handed-over cards', () => {
    expect(pct(t.recorded, t.wajib)).toBeGreaterThan(98);
    expect(pct(t.recorded, t.wajib)).toBeLessThan(99.2);
    expect(pct(t.prrBacklog, t.wajib)).toBeGreaterThan(0.3);
    expect(pct(t.prrBacklog, t.wajib)).toBeLessThan(1.2);
    expect(pct(t.failures, t.wajib)).toBeGreaterThan(0.05);
    expect(pct(t.failures, t.wajib)).toBeLessThan(0.3);
    expect(pct(t.handedOver, t.wajib)).toBeGreaterThan(90);
    expect(pct(t.ikd, t.recorded)).toBeGreaterThan(4);
    expect(pct(t.ikd, t.recorded)).toBeLessThan(10);
    // The age-risk constant still describes the population (else the recorded share drifts).
    expect(Math.abs(t.ageRisk / t.wajib / MEAN_AGE_RISK - 1)).toBeLessThan(0.05);
  });

  it('varies by regency, so dashboards have laggards to show', () => {
    const shares = [...t.regencies.values()].map((g) => pct(g.recorded, g.wajib));
    expect(t.regencies.size).toBe(15);
    expect(Math.max(...shares) - Math.min(...shares)).toBeGreaterThan(0.5);
  });

  it('has the age structure and sex ratio of Indonesia 2024', () => {
    expect(t.male / (t.present - t.male)).toBeGreaterThan(0.98);
    expect(t.male / (t.present - t.male)).toBeLessThan(1.06);
    expect(pct(t.under15, t.present)).toBeGreaterThan(22);
    expect(pct(t.under15, t.present)).toBeLessThan(26);
    expect(pct(t.over65, t.present)).toBeGreaterThan(5.5);
    expect(pct(t.over65, t.present)).toBeLessThan(8.5);
  });

  it('has married 16-year-olds, KITAP holders who are wajib but not voters, and deaths', () => {
    expect(t.married16).toBeGreaterThan(0);
    expect(pct(t.married16, t.girls16)).toBeLessThan(6);
    expect(t.kitap).toBeGreaterThan(0);
    expect(t.kitapWajibNotVoter).toBe(t.kitap);
    expect(pct(t.deceased, t.records)).toBeGreaterThan(0.1);
    expect(pct(t.deceased, t.records)).toBeLessThan(0.6);
    expect(t.movedOut).toBeGreaterThan(0);
  });
});
