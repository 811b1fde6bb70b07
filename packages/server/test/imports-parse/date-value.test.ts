import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, parseDateValue } from '../../src/modules/imports/parse/date-value';

function expectAll<T>(parse: (raw: string) => T | undefined, table: Record<string, T | undefined>) {
  for (const [raw, want] of Object.entries(table)) expect([raw, parse(raw)]).toEqual([raw, want]);
}
describe('parseDateValue', () => {
  it('reads the written forms SIAK and spreadsheets use', () => {
    expectAll(parseDateValue, {
      '14-02-2024': '2024-02-14',
      '14/02/2024': '2024-02-14',
      '4/2/2024': '2024-02-04',
      '14.02.2024': '2024-02-14',
      '2024-02-14': '2024-02-14',
      '2024/02/14': '2024-02-14',
      ' 14-02-2024 ': '2024-02-14',
      '2024-02-14 00:00:00': '2024-02-14',
      '2024-02-14T07:30:00.000Z': '2024-02-14',
      '14/02/2024 0:00': '2024-02-14',
      '29-02-2024': '2024-02-29',
    });
  });

  it('refuses impossible days, two-digit years, mixed separators and other text', () => {
    expectAll(parseDateValue, {
      '29-02-2023': undefined,
      '31-04-2024': undefined,
      '00-01-2024': undefined,
      '14-13-2024': undefined,
      '2023-02-29': undefined,
      '14-02-24': undefined,
      '14-02/2024': undefined,
      '14 Februari 2024': undefined,
      '20240214': undefined,
      '14-02-0990': undefined,
      '2024-02-14x': undefined,
      '': undefined,
      '-': undefined,
    });
  });

  it('reads Excel serial numbers in the 1900 system, skipping the phantom 29 February 1900', () => {
    expectAll(parseDateValue, {
      '45336': '2024-02-14',
      '45336.75': '2024-02-14',
      '1': '1900-01-01',
      '59': '1900-02-28',
      '60': undefined,
      '61': '1900-03-01',
      '32874': '1990-01-01',
      '60000': '2064-04-08',
      '60001': undefined,
      '0': undefined,
      '1990': undefined,
    });
  });

  it('agrees with a Date-based serial conversion for every serial after the phantom day', () => {
    const excelEpoch = Date.UTC(1899, 11, 30);
    for (let serial = 61; serial <= 60000; serial += 7) {
      const want = new Date(excelEpoch + serial * 86_400_000).toISOString().slice(0, 10);
      expect(excelSerialToIsoDate(serial)).toBe(want);
    }
  });

  it('reads any real date back from each accepted form', () => {
    const day = fc.date({
      min: new Date('1850-01-01T00:00:00Z'),
      max: new Date('2150-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = iso.split('-') as [string, string, string];
        for (const written of [
          `${dd}-${m}-${y}`,
          `${dd}/${m}/${y}`,
          `${Number(dd)}/${Number(m)}/${y}`,
          `${dd}.${m}.${y}`,
          iso,
        ]) {
          expect(parseDateValue(written)).toBe(iso);
        }
      }),
    );
  });
});
