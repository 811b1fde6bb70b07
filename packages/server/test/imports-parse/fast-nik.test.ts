import { buildNik, validateNik } from '@sigap/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateNikFast } from '../../src/modules/imports/parse/fast-nik';

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('validateNikFast', () => {
  it('answers exactly like the domain validateNik for any NIK, reference date and region list', () => {
    // Mostly plausible NIKs (real provinces, day fields 01–71, months 01–12) so the fast path is exercised.
    const plausible = fc
      .tuple(
        fc.constantFrom('18', '52', '31', '99', '00', '94'),
        fc.constantFrom('71', '00', '01'),
        fc.constantFrom('01', '00', '12'),
        fc.integer({ min: 0, max: 75 }),
        fc.integer({ min: 0, max: 13 }),
        digits(2),
        fc.constantFrom('0001', '0000', '1234', '9999'),
      )
      .map(
        ([p, r, s, d, m, y, serial]) =>
          `${p}${r}${s}${String(d).padStart(2, '0')}${String(m).padStart(2, '0')}${y}${serial}`,
      );
    const nik = fc.oneof(
      plausible,
      digits(16),
      fc.string({ maxLength: 20 }),
      plausible.map((n) => `${n.slice(0, 6)}.${n.slice(6)}`),
    );
    const referenceDate = fc.constantFrom('2024-02-14', '2000-02-29', '2029-12-31', '1999-01-01');
    const districts = fc.constantFrom(undefined, new Set(['18.71.01']), new Set(['187112']));
    fc.assert(
      fc.property(nik, referenceDate, districts, (value, ref, knownDistricts) => {
        const options = knownDistricts ? { referenceDate: ref, knownDistricts } : { referenceDate: ref };
        expect(validateNikFast(value, options)).toEqual(validateNik(value, options));
      }),
      { numRuns: 3000 },
    );
  });

  it('passes a clean NIK with its decoded facts', () => {
    const nik = buildNik({ districtCode: '18.71.01', birthDate: '2007-02-14', sex: 'P', serial: 12 });
    const result = validateNikFast(nik, { referenceDate: '2024-02-14' });
    expect(result).toMatchObject({
      ok: true,
      nik,
      parsed: { birthDate: '2007-02-14', sex: 'P' },
      warnings: [],
    });
  });
});
