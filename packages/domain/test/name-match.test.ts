import { describe, expect, it } from 'vitest';
import {
  burialDateRefusals,
  burialDuplicateKey,
  burialEditable,
  CANDIDATE_MIN_SCORE,
  jaroWinkler,
  nameSimilarity,
  normaliseName,
  pendingAgeBucket,
  renderDeathCertificateNumber,
  scoreCandidate,
} from '../src';

describe('name normalisation', () => {
  it('drops titles and patronymic links, folds old spellings and doubled letters', () => {
    expect(normaliseName('Alm. H. Moehammad Djoko bin Soeparman')).toEqual(['muhamad', 'joko', 'suparman']);
    expect(normaliseName('Hj. Siti  Tjahjani')).toEqual(['siti', 'cahjani']);
  });
});

describe('Jaro-Winkler', () => {
  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', '')).toBe(0);
  });
});

describe('name similarity', () => {
  it('is 1 for the same name in old and new spelling, with titles', () => {
    expect(nameSimilarity('Alm. Soeparman', 'SUPARMAN')).toBe(1);
    expect(nameSimilarity('Muhammad Rizki', 'Rizki Muhamad')).toBe(1);
  });
  it('costs a little for a dropped middle name and much for another person', () => {
    const dropped = nameSimilarity('Siti Rahayu', 'Siti Aminah Rahayu');
    expect(dropped).toBeGreaterThan(0.9);
    expect(dropped).toBeLessThan(1);
    expect(nameSimilarity('Siti Rahayu', 'Bambang Wijaya')).toBeLessThan(0.6);
  });
});

describe('candidate score', () => {
  it('scores name 60, birth date 30 (year 10), village 10 (district 5)', () => {
    const entry = { name: 'Soeparman', birthDate: '1940-03-02', villageCode: '18.71.01.1003' };
    expect(
      scoreCandidate(entry, { name: 'Suparman', birthDate: '1940-03-02', villageCode: '18.71.01.1003' }),
    ).toEqual({
      score: 100,
      name: 1,
      birthDate: 'same',
      village: 'same',
    });
    expect(
      scoreCandidate(entry, { name: 'Suparman', birthDate: '1940-07-09', villageCode: '18.71.01.1004' })
        .score,
    ).toBe(75);
    expect(
      scoreCandidate(entry, { name: 'Suparman', birthDate: '1951-01-01', villageCode: '52.01.01.2001' }),
    ).toEqual({ score: 60, name: 1, birthDate: 'different', village: 'different' });
    expect(
      scoreCandidate({ ...entry, villageCode: null }, { name: 'Bambang', birthDate: null, villageCode: null })
        .score,
    ).toBeLessThan(CANDIDATE_MIN_SCORE);
  });
});

describe('burial rules', () => {
  const today = '2026-12-04';
  it('refuses a burial before the death or in the future, and a death before birth', () => {
    expect(
      burialDateRefusals(
        { birthDate: '1940-01-01', dateOfDeath: '2026-12-01', dateOfBurial: '2026-12-01' },
        today,
      ),
    ).toEqual([]);
    expect(
      burialDateRefusals(
        { birthDate: '1940-01-01', dateOfDeath: '2026-12-02', dateOfBurial: '2026-12-01' },
        today,
      ).map((r) => r.code),
    ).toEqual(['burial_before_death']);
    expect(
      burialDateRefusals(
        { birthDate: '1940-01-01', dateOfDeath: '2026-12-05', dateOfBurial: '2026-12-06' },
        today,
      ).map((r) => r.field),
    ).toEqual(['dateOfDeath', 'dateOfBurial']);
    expect(
      burialDateRefusals(
        { birthDate: '1950-01-01', dateOfDeath: '1949-12-31', dateOfBurial: '2026-12-01' },
        today,
      ).map((r) => r.code),
    ).toEqual(['burial_death_before_birth']);
  });
  it('lets the author edit for 24 hours, not a second longer', () => {
    const at = '2026-12-03T08:00:00.000Z';
    expect(burialEditable(at, new Date('2026-12-04T07:59:59.000Z'))).toBe(true);
    expect(burialEditable(at, new Date('2026-12-04T08:00:00.000Z'))).toBe(false);
  });
  it('buckets open leads by days since entry', () => {
    expect(pendingAgeBucket('2026-11-27', today)).toBe('0-7');
    expect(pendingAgeBucket('2026-11-26', today)).toBe('8-30');
    expect(pendingAgeBucket('2026-09-05', today)).toBe('31-90');
    expect(pendingAgeBucket('2026-09-04', today)).toBe('90+');
  });
  it('keys duplicates by normalised name and both dates', () => {
    const a = burialDuplicateKey({
      name: 'Alm. Soeparman',
      birthDate: '1940-01-01',
      dateOfDeath: '2026-12-01',
    });
    expect(a).toBe(
      burialDuplicateKey({ name: 'SUPARMAN', birthDate: '1940-01-01', dateOfDeath: '2026-12-01' }),
    );
    expect(a).not.toBe(
      burialDuplicateKey({ name: 'SUPARMAN', birthDate: '1940-01-01', dateOfDeath: '2026-12-02' }),
    );
  });
  it('numbers certificates per regency and year', () => {
    expect(renderDeathCertificateNumber('18.71', 2026, 7)).toBe('1871-KM-2026-000007');
  });
});
