import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUKET_NUMBER_FORMAT,
  defaultSuketPolicy,
  isValidSuketNumberFormat,
  maskName,
  parseSuketToken,
  renderSuketNumber,
  type SuketCandidate,
  storedSuketReason,
  suketRefusals,
  suketSigningInput,
  toBase64Url,
} from '../src';

const policy = defaultSuketPolicy('2029-02-14');
const base: SuketCandidate = {
  recordingStatus: 'SENT_FOR_ENROLLMENT',
  printStatus: 'NOT_PRINTED',
  lifeStatus: 'ALIVE',
  hasActiveSuket: false,
  officeHasBlanko: true,
};
const codes = (c: Partial<SuketCandidate>, today = '2029-01-10', p = policy) =>
  suketRefusals({ ...base, ...c }, p, today).map((r) => r.code);

describe('suket issuance rules', () => {
  it('issues to a recorded resident who is not yet PRR', () => expect(codes({})).toEqual([]));
  it('refuses a resident who has not recorded', () =>
    expect(codes({ recordingStatus: 'UNREGISTERED' })).toEqual(['not_recorded']));
  it('refuses one who must record again', () =>
    expect(codes({ recordingStatus: 'DUPLICATE_RECORD' })).toEqual(['not_recorded']));
  it('prints a PRR resident whose office has blanko, and gives a suket when it has none', () => {
    expect(codes({ recordingStatus: 'PRINT_READY_RECORD' })).toEqual(['print_instead']);
    expect(codes({ recordingStatus: 'PRINT_READY_RECORD', officeHasBlanko: false })).toEqual([]);
    const lax = { ...policy, prrWithBlankoMustPrint: false };
    expect(codes({ recordingStatus: 'PRINT_READY_RECORD' }, '2029-01-10', lax)).toEqual([]);
  });
  it('refuses a card holder, the deceased, one who moved out, and a second active suket', () => {
    expect(codes({ recordingStatus: 'PRINT_READY_RECORD', printStatus: 'PRINTED' })).toEqual(['holds_card']);
    expect(codes({ lifeStatus: 'DECEASED' })).toEqual(['deceased']);
    expect(codes({ lifeStatus: 'MOVED_OUT' })).toEqual(['not_resident']);
    expect(codes({ hasActiveSuket: true })).toEqual(['already_active']);
  });
  it('issues only inside the window (until voting day by default)', () => {
    expect(codes({}, '2029-02-14')).toEqual([]);
    expect(codes({}, '2029-02-15')).toEqual(['outside_window']);
    expect(codes({}, '2029-01-01', { ...policy, issueFrom: '2029-01-31' })).toEqual(['outside_window']);
    expect(policy.validUntil).toBe('2029-12-31');
  });
  it('gives bilingual reasons', () => {
    const [r] = suketRefusals({ ...base, lifeStatus: 'DECEASED' }, policy, '2029-01-10');
    expect(r?.message).toMatch(/meninggal/);
    expect(r?.messageEn).toMatch(/deceased/);
  });
});

describe('suket numbers and tokens', () => {
  it('renders the configured format', () => {
    expect(
      renderSuketNumber('471.13/{seq:4}/DUKCAPIL/{year}', { seq: 1, year: 2024, regencyCode: '18.71' }),
    ).toBe('471.13/0001/DUKCAPIL/2024');
    expect(
      renderSuketNumber('SK-{regency}-{year}-{seq}', { seq: 12, year: 2029, regencyCode: '18.71' }),
    ).toBe('SK-1871-2029-12');
    expect(isValidSuketNumberFormat('471.13/DUKCAPIL/{year}')).toBe(false);
    // Without the regency, two regencies' first sukets of a year would share a number.
    expect(isValidSuketNumberFormat('471.13/{seq:4}/DUKCAPIL/{year}')).toBe(false);
    expect(isValidSuketNumberFormat(DEFAULT_SUKET_NUMBER_FORMAT)).toBe(true);
    expect(
      renderSuketNumber(DEFAULT_SUKET_NUMBER_FORMAT, { seq: 1, year: 2024, regencyCode: '18.71' }),
    ).not.toBe(renderSuketNumber(DEFAULT_SUKET_NUMBER_FORMAT, { seq: 1, year: 2024, regencyCode: '18.01' }));
  });
  it('masks names and round-trips a token', () => {
    expect(maskName('Budi  Santoso')).toBe('Bu** Sa*****');
    const claims = {
      n: 'X/1',
      nm: 'BU**',
      k4: '0001',
      by: 1990,
      r: '18.71.01.1001',
      vf: '2029-01-01',
      vu: '2029-12-31',
    };
    const token = `${suketSigningInput('k1', claims)}.${toBase64Url(new Uint8Array([1, 2, 3]))}`;
    const parsed = parseSuketToken(token);
    expect(parsed?.claims).toEqual(claims);
    expect(parsed?.kid).toBe('k1');
    expect([...(parsed?.signature ?? [])]).toEqual([1, 2, 3]);
    expect(parseSuketToken('not a token')).toBeUndefined();
  });
  it('computes the stored verdict, expiry on read', () => {
    const s = { status: 'active' as const, validFrom: '2029-01-01', validUntil: '2029-12-31' };
    expect(storedSuketReason(s, '2029-06-01')).toBe('valid');
    expect(storedSuketReason(s, '2030-01-01')).toBe('expired');
    expect(storedSuketReason({ ...s, status: 'revoked', revokeReason: 'deceased' }, '2029-06-01')).toBe(
      'revoked_deceased',
    );
    expect(storedSuketReason({ ...s, status: 'superseded' }, '2029-06-01')).toBe('superseded_by_card');
  });
});
