import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../src/dates';
import {
  ageOn,
  CITIZENSHIPS,
  isFirstTimeVoter,
  isPresentOn,
  isVoter,
  LIFE_STATUSES,
  MARITAL_STATUSES,
  mustHoldId,
  type ResidentFacts,
  STAY_PERMITS,
  turns17On,
} from '../src/eligibility';

const VOTING_DAY = '2024-02-14'; // Pemilu 2024
const PREVIOUS = '2019-04-17'; // Pemilu 2019
const resident = (overrides: Partial<ResidentFacts> = {}): ResidentFacts => ({
  birthDate: '2000-01-01',
  maritalStatus: 'BELUM_KAWIN',
  citizenship: 'WNI',
  stayPermit: null,
  lifeStatus: 'ALIVE',
  deathDate: null,
  movedOutDate: null,
  ...overrides,
});

describe('ageOn', () => {
  it.each([
    ['2007-02-14', '2024-02-14', 17], // the 17th birthday itself
    ['2007-02-14', '2024-02-13', 16], // the day before
    ['2007-02-14', '2007-02-14', 0],
    ['2000-12-31', '2001-12-30', 0],
    ['2000-12-31', '2001-12-31', 1],
    ['2004-02-29', '2021-02-28', 16], // 29 Feb birthday in a non-leap year: not yet on 28 Feb…
    ['2004-02-29', '2021-03-01', 17], // …but on 1 March
    ['2004-02-29', '2024-02-28', 19], // leap year: the birthday is 29 Feb itself
    ['2004-02-29', '2024-02-29', 20],
    ['1924-06-16', '2024-06-15', 99],
  ])('born %s, on %s → %i', (birthDate, date, age) => expect(ageOn(birthDate, date)).toBe(age));

  it.each([
    ['2024-02-15', '2024-02-14'],
    ['2023-02-29', '2024-02-14'],
    ['2007-02-14', '14/02/2024'],
  ])('throws RangeError for (%s, %s)', (b, d) => expect(() => ageOn(b, d)).toThrow(RangeError));
});

describe('turns17On', () => {
  it.each([
    ['2007-02-14', '2024-02-14'],
    ['2007-12-31', '2024-12-31'],
    ['2004-02-29', '2021-03-01'], // 17 is no multiple of 4, so a 29 Feb birth always turns 17 on 1 March
    ['2008-02-29', '2025-03-01'],
    ['1996-02-28', '2013-02-28'],
  ])('born %s → %s', (birthDate, expected) => expect(turns17On(birthDate)).toBe(expected));
});

describe('mustHoldId and isVoter on voting day 2024-02-14', () => {
  it.each<[string, Partial<ResidentFacts>, boolean, boolean]>([
    ['17th birthday on voting day', { birthDate: '2007-02-14' }, true, true],
    ['17 the day after voting day', { birthDate: '2007-02-15' }, false, false],
    ['adult', { birthDate: '1980-05-05' }, true, true],
    ['married at 16', { birthDate: '2008-01-01', maritalStatus: 'KAWIN' }, true, true],
    ['divorced at 16', { birthDate: '2008-01-01', maritalStatus: 'CERAI_HIDUP' }, true, true],
    ['widowed at 16', { birthDate: '2008-01-01', maritalStatus: 'CERAI_MATI' }, true, true],
    ['unmarried at 16', { birthDate: '2008-01-01' }, false, false],
    ['WNA with KITAP', { citizenship: 'WNA', stayPermit: 'KITAP' }, true, false],
    ['WNA with KITAS', { citizenship: 'WNA', stayPermit: 'KITAS' }, false, false],
    ['WNA without permit', { citizenship: 'WNA', stayPermit: null }, false, false],
    [
      'WNA with KITAP aged 16',
      { citizenship: 'WNA', stayPermit: 'KITAP', birthDate: '2008-01-01' },
      false,
      false,
    ],
    [
      'WNA with KITAP married at 16',
      { citizenship: 'WNA', stayPermit: 'KITAP', birthDate: '2008-01-01', maritalStatus: 'KAWIN' },
      true,
      false,
    ],
    ['died before', { lifeStatus: 'DECEASED', deathDate: '2024-01-01' }, false, false],
    ['died on voting day', { lifeStatus: 'DECEASED', deathDate: VOTING_DAY }, false, false],
    [
      'died after (still counts for a past date)',
      { lifeStatus: 'DECEASED', deathDate: '2024-02-15' },
      true,
      true,
    ],
    ['deceased, date unknown', { lifeStatus: 'DECEASED' }, false, false],
    ['moved out before', { lifeStatus: 'MOVED_OUT', movedOutDate: '2023-12-01' }, false, false],
    ['moved out on voting day', { lifeStatus: 'MOVED_OUT', movedOutDate: VOTING_DAY }, false, false],
    ['moved out after', { lifeStatus: 'MOVED_OUT', movedOutDate: '2024-03-01' }, true, true],
    ['moved out, date unknown', { lifeStatus: 'MOVED_OUT' }, false, false],
    [
      'not yet born (even if marked married)',
      { birthDate: '2024-03-01', maritalStatus: 'KAWIN' },
      false,
      false,
    ],
    ['alive with a stray death date', { deathDate: '2020-01-01' }, true, true],
  ])('%s → wajib KTP %s, voter %s', (_, overrides, wajib, voter) => {
    expect(mustHoldId(resident(overrides), VOTING_DAY)).toBe(wajib);
    expect(isVoter(resident(overrides), VOTING_DAY)).toBe(voter);
  });

  it('counts a 29 Feb birth from 1 March in a non-leap year', () => {
    const r = resident({ birthDate: '2004-02-29' });
    expect([mustHoldId(r, '2021-02-28'), isVoter(r, '2021-02-28')]).toEqual([false, false]);
    expect([mustHoldId(r, '2021-03-01'), isVoter(r, '2021-03-01')]).toEqual([true, true]);
  });

  it('rejects a date that is not a real date', () => {
    expect(() => mustHoldId(resident(), '2024-02-30')).toThrow(RangeError);
    expect(() => isVoter(resident(), '')).toThrow(RangeError);
  });

  it('exports the enum values', () => {
    expect(MARITAL_STATUSES).toEqual(['BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI']);
    expect(CITIZENSHIPS).toEqual(['WNI', 'WNA']);
    expect(STAY_PERMITS).toEqual(['KITAP', 'KITAS']);
    expect(LIFE_STATUSES).toEqual(['ALIVE', 'DECEASED', 'MOVED_OUT']);
  });
});

describe('isFirstTimeVoter', () => {
  it.each<[string, Partial<ResidentFacts>, string | undefined, boolean]>([
    ['17 on the previous election day', { birthDate: '2002-04-17' }, PREVIOUS, false],
    ['16 on the previous election day', { birthDate: '2002-04-18' }, PREVIOUS, true],
    ['turns 17 on voting day', { birthDate: '2007-02-14' }, PREVIOUS, true],
    ['turns 17 the day after voting day', { birthDate: '2007-02-15' }, PREVIOUS, false],
    ['long-time voter', { birthDate: '1980-05-05' }, PREVIOUS, false],
    ['married at 16', { birthDate: '2008-01-01', maritalStatus: 'KAWIN' }, PREVIOUS, true],
    [
      'born after the previous election, married',
      { birthDate: '2019-05-01', maritalStatus: 'KAWIN' },
      PREVIOUS,
      true,
    ],
    ['WNA with KITAP', { birthDate: '2005-01-01', citizenship: 'WNA', stayPermit: 'KITAP' }, PREVIOUS, false],
    [
      'died before voting day',
      { birthDate: '2005-01-01', lifeStatus: 'DECEASED', deathDate: '2024-01-01' },
      PREVIOUS,
      false,
    ],
    // Without a previous election: not 17 five years before voting day (2019-02-14).
    ['17 exactly five years before', { birthDate: '2002-02-14' }, undefined, false],
    ['17 a day less than five years before', { birthDate: '2002-02-15' }, undefined, true],
    ['turns 17 on voting day, no previous date', { birthDate: '2007-02-14' }, undefined, true],
  ])('%s → %s', (_, overrides, previous, expected) => {
    expect(isFirstTimeVoter(resident(overrides), VOTING_DAY, previous)).toBe(expected);
  });

  it('requires the previous election to come before voting day', () => {
    expect(() => isFirstTimeVoter(resident(), VOTING_DAY, VOTING_DAY)).toThrow(RangeError);
    expect(() => isFirstTimeVoter(resident(), VOTING_DAY, '2029-01-01')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const day = (max: number) => fc.integer({ min: 0, max }).map((d) => addDays('1950-01-01', d));
  const facts = fc.record({
    birthDate: day(30_000),
    maritalStatus: fc.constantFrom(...MARITAL_STATUSES),
    citizenship: fc.constantFrom(...CITIZENSHIPS),
    stayPermit: fc.constantFrom(...STAY_PERMITS, null),
    lifeStatus: fc.constantFrom(...LIFE_STATUSES),
    deathDate: fc.option(day(40_000)),
    movedOutDate: fc.option(day(40_000)),
  });

  it('age never decreases as the date advances, and is 17 exactly from turns17On', () => {
    fc.assert(
      fc.property(day(30_000), fc.nat(30_000), fc.nat(400), (birth, a, b) => {
        const d1 = addDays(birth, a);
        expect(ageOn(birth, addDays(d1, b))).toBeGreaterThanOrEqual(ageOn(birth, d1));
        expect(ageOn(birth, turns17On(birth))).toBe(17);
        expect(ageOn(birth, addDays(turns17On(birth), -1))).toBe(16);
      }),
    );
  });

  it('every voter must hold an e-KTP, and every first-time voter is a voter', () => {
    fc.assert(
      fc.property(facts, day(40_000), (r, date) => {
        if (isVoter(r, date)) expect(mustHoldId(r, date)).toBe(true);
        if (isFirstTimeVoter(r, date)) expect(isVoter(r, date)).toBe(true);
        if (mustHoldId(r, date)) expect(isPresentOn(r, date)).toBe(true);
      }),
    );
  });
});
