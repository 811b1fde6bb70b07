import { describe, expect, it } from 'vitest';
import { classifyRollRow, type RollResidentFacts, type RollRowFacts } from '../src/voter-roll';

/** Roll of Kecamatan Kedaton, Bandar Lampung (18.71.01); Siti was born 1990-05-12, female, lives in 18.71.01.1001. */
const ROLL = '18.71.01';
const siti: RollResidentFacts = {
  birthDate: '1990-05-12',
  sex: 'P',
  lifeStatus: 'ALIVE',
  hasDeathCertificate: false,
  villageCode: '18.71.01.1001',
  recordingStatus: 'UNREGISTERED',
  printStatus: 'NOT_PRINTED',
};
const row = (
  resident: Partial<RollResidentFacts> | null,
  over: Partial<RollRowFacts> = {},
): RollRowFacts => ({
  birthDate: '1990-05-12',
  sex: 'P',
  duplicate: false,
  resident: resident === null ? null : { ...siti, ...resident },
  ...over,
});

describe('classifyRollRow, worked examples', () => {
  it.each([
    ['not recorded', row({}), 'not_recorded'],
    ['recorded, card in the making', row({ recordingStatus: 'SENT_FOR_ENROLLMENT' }), 'recorded'],
    [
      'to be recorded again counts as not recorded',
      row({ recordingStatus: 'DUPLICATE_RECORD' }),
      'not_recorded',
    ],
    ['PRR, not printed', row({ recordingStatus: 'PRINT_READY_RECORD' }), 'prr_waiting'],
    ['printed', row({ recordingStatus: 'PRINT_READY_RECORD', printStatus: 'PRINTED' }), 'printed'],
    [
      'handed over counts as printed',
      row({ recordingStatus: 'PRINT_READY_RECORD', printStatus: 'HANDED_OVER' }),
      'printed',
    ],
    [
      'deceased with an akta',
      row({ lifeStatus: 'DECEASED', hasDeathCertificate: true }),
      'deceased_certified',
    ],
    ['deceased without an akta', row({ lifeStatus: 'DECEASED' }), 'deceased_uncertified'],
    ['lives in another district', row({ villageCode: '18.71.02.1001' }), 'outside_region'],
    ['moved out', row({ lifeStatus: 'MOVED_OUT' }), 'outside_region'],
    ['unknown NIK', row(null), 'unknown_nik'],
    ['birth date differs', row({}, { birthDate: '1990-05-13' }), 'nik_mismatch'],
    ['sex differs', row({}, { sex: 'L' }), 'nik_mismatch'],
    [
      'second line of a NIK',
      row({ recordingStatus: 'PRINT_READY_RECORD' }, { duplicate: true }),
      'duplicate_nik',
    ],
  ] as const)('%s', (_name, facts, expected) => {
    expect(classifyRollRow(facts, ROLL)).toBe(expected);
  });

  it('decides identity before death, and death before residence', () => {
    expect(classifyRollRow(row({ lifeStatus: 'DECEASED' }, { sex: 'L' }), ROLL)).toBe('nik_mismatch');
    expect(classifyRollRow(row({ lifeStatus: 'DECEASED', villageCode: '52.01.01.2001' }), ROLL)).toBe(
      'deceased_uncertified',
    );
    expect(classifyRollRow(row(null, { duplicate: true }), ROLL)).toBe('duplicate_nik');
  });

  it('a regency roll holds every district of the regency', () => {
    expect(classifyRollRow(row({ villageCode: '18.71.02.1001' }), '18.71')).toBe('not_recorded');
  });
});
