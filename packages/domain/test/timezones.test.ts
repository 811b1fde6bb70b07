import { describe, expect, it } from 'vitest';
import {
  dayCloseInstant,
  daysBetween,
  INDONESIAN_ZONES,
  lastClosedDate,
  localDate,
  PROVINCE_ZONES,
  ZONE_OFFSET_MINUTES,
  zoneOfRegion,
} from '../src/timezones';

const ALL_PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
];

describe('province time zones', () => {
  it('covers all 38 provinces and nothing else', () => {
    expect(Object.keys(PROVINCE_ZONES).sort()).toEqual(ALL_PROVINCES);
  });

  it('puts each island group on its clock', () => {
    expect(zoneOfRegion('18')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('18.71.01.1003')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('61.01')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('62')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('51')).toBe('Asia/Makassar');
    expect(zoneOfRegion('52.01')).toBe('Asia/Makassar');
    expect(zoneOfRegion('53')).toBe('Asia/Makassar');
    expect(zoneOfRegion('64')).toBe('Asia/Makassar');
    expect(zoneOfRegion('73.71')).toBe('Asia/Makassar');
    expect(zoneOfRegion('81')).toBe('Asia/Jayapura');
    expect(zoneOfRegion('96')).toBe('Asia/Jayapura');
  });

  it('falls back to WIB for the nation and unknown codes', () => {
    expect(zoneOfRegion('ID')).toBe('Asia/Jakarta');
    expect(zoneOfRegion('99')).toBe('Asia/Jakarta');
  });
});

describe('local dates and day close', () => {
  it('turns the date at local midnight', () => {
    const before = new Date('2024-02-13T16:59:59Z');
    const after = new Date('2024-02-13T17:00:00Z');
    expect(localDate(before, 'Asia/Jakarta')).toBe('2024-02-13');
    expect(localDate(after, 'Asia/Jakarta')).toBe('2024-02-14');
    expect(localDate(new Date('2024-02-13T15:59:59Z'), 'Asia/Makassar')).toBe('2024-02-13');
    expect(localDate(new Date('2024-02-13T16:00:00Z'), 'Asia/Makassar')).toBe('2024-02-14');
    expect(localDate(new Date('2024-02-13T15:00:00Z'), 'Asia/Jayapura')).toBe('2024-02-14');
  });

  it('agrees with the runtime time-zone database', () => {
    const fmt = (zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    for (const zone of INDONESIAN_ZONES) {
      for (let h = 0; h < 48; h += 1) {
        const t = new Date(Date.UTC(2024, 11, 31, h, 30));
        expect(localDate(t, zone), `${zone} ${t.toISOString()}`).toBe(fmt(zone).format(t));
      }
    }
  });

  it('closes a day at the next local midnight, across months and leap days', () => {
    expect(dayCloseInstant('2024-02-13', 'Asia/Jakarta').toISOString()).toBe('2024-02-13T17:00:00.000Z');
    expect(dayCloseInstant('2024-02-13', 'Asia/Makassar').toISOString()).toBe('2024-02-13T16:00:00.000Z');
    expect(dayCloseInstant('2024-02-29', 'Asia/Jayapura').toISOString()).toBe('2024-02-29T15:00:00.000Z');
    expect(dayCloseInstant('2023-12-31', 'Asia/Jakarta').toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(() => dayCloseInstant('2023-02-29', 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('round-trips: the close of D is the first instant of D + 1', () => {
    for (const zone of INDONESIAN_ZONES) {
      const close = dayCloseInstant('2024-11-26', zone);
      expect(localDate(close, zone)).toBe('2024-11-27');
      expect(localDate(new Date(close.getTime() - 1), zone)).toBe('2024-11-26');
      expect(lastClosedDate(close, zone)).toBe('2024-11-26');
      expect(ZONE_OFFSET_MINUTES[zone] % 60).toBe(0);
    }
  });

  it('counts calendar days', () => {
    expect(daysBetween('2024-02-14', '2024-02-14')).toBe(0);
    expect(daysBetween('2024-02-14', '2024-03-01')).toBe(16);
    expect(daysBetween('2024-03-01', '2024-02-14')).toBe(-16);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });
});
