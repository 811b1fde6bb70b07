import { buildNik, type Sex } from '@sigap/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import type { ResidentPage } from './residents-fixtures';
import { seedResidents } from './seed-residents';

// Issue 9: with the old list row (NIK masked to its first and last four digits, plus village, full birth
// date and sex) 2,919 of 3,000 NIKs were rebuilt exactly. This test is that attacker, paging as an operator.
const VILLAGES = ['18.71.01.1003', '18.71.01.1004', '18.71.02.1003', '18.71.03.1001', '18.71.03.1002'];
const PEOPLE = 300;
/** Unknown day-month (at least 365) times unknown serial (0001–9999): what the list rule guarantees. */
const MIN_CANDIDATES = 365 * 9999;

/** A fixed-seed generator (mulberry32), so the population is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function population() {
  const rnd = random(9);
  const niks = new Set<string>();
  const people = [];
  while (people.length < PEOPLE) {
    const villageCode = VILLAGES[Math.floor(rnd() * VILLAGES.length)] as string;
    const day = new Date(Date.UTC(1940, 0, 1) + Math.floor(rnd() * 68 * 365.25) * 86_400_000);
    const birthDate = day.toISOString().slice(0, 10);
    const sex: Sex = rnd() < 0.5 ? 'L' : 'P';
    const district = villageCode.slice(0, 8);
    const nik = buildNik({ districtCode: district, birthDate, sex, serial: 1 + Math.floor(rnd() * 9999) });
    if (niks.has(nik)) continue;
    niks.add(nik);
    people.push(
      buildResident({ nik, villageCode, birthDate, sex, fullName: `WARGA REKONSTRUKSI ${people.length}` }),
    );
  }
  return people;
}

interface Attempt {
  candidates: number;
  /** The NIK, when the row pins it down to one candidate. */
  rebuilt?: string;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Everything a list row says about its NIK: digits the mask shows, the district from the village, DDMMYY
 * from a full birth date and sex (women +40 on the day) or YY from a birth year, and how many NIKs remain.
 */
function rebuild(row: Record<string, unknown>): Attempt {
  const known: (string | null)[] = Array.from({ length: 16 }, () => null);
  [...String(row.nikMasked ?? '')].forEach((c, i) => {
    if (/\d/.test(c)) known[i] = c;
  });
  const district = String(row.villageCode).split('.').slice(0, 3).join('');
  [...district].forEach((d, i) => {
    known[i] ??= d;
  });
  let year: number | undefined;
  if (typeof row.birthDate === 'string') {
    const [y, m, d] = row.birthDate.split('-');
    const day = Number(d) + (row.sex === 'P' ? 40 : 0);
    [...`${String(day).padStart(2, '0')}${m}${y?.slice(2)}`].forEach((c, i) => {
      known[6 + i] = c;
    });
  } else if (typeof row.birthYear === 'number') {
    year = row.birthYear;
    [...String(year).slice(2)].forEach((c, i) => {
      known[10 + i] = c;
    });
  }
  const dayMonthKnown = known.slice(6, 10).every((c) => c !== null);
  const serialUnknown = known.slice(12).filter((c) => c === null).length;
  const dayMonths = dayMonthKnown ? 1 : year !== undefined && isLeap(year) ? 366 : 365;
  const serials = serialUnknown === 4 ? 9999 : 10 ** serialUnknown;
  const candidates = (known.slice(0, 6).every((c) => c !== null) ? 1 : 10 ** 6) * dayMonths * serials;
  return candidates === 1 ? { candidates, rebuilt: known.join('') } : { candidates };
}

describeEachEngine('masked NIKs cannot be rebuilt from a list row', (env) => {
  const people = population();
  const byName = new Map(people.map((p) => [p.fullName, p]));

  beforeAll(async () => {
    const outcome = await seedResidents(env(), people);
    expect(outcome.inserted).toBe(PEOPLE);
  });

  it('the attacker is real: the old row shape gives every NIK away', () => {
    const oldRows = people.map((p) => ({
      nikMasked: `${p.nik.slice(0, 4)}••••••••${p.nik.slice(12)}`,
      villageCode: p.villageCode,
      birthDate: p.birthDate,
      sex: p.sex,
    }));
    const rebuilt = oldRows.filter((r, i) => rebuild(r).rebuilt === people[i]?.nik);
    expect(rebuilt).toHaveLength(PEOPLE);
  });

  it('paging the whole list as an operator rebuilds no NIK; each row leaves ≥ 365 × 9,999 candidates', async () => {
    const op = await env().as('bandarlampung.operator');
    const rows: Record<string, unknown>[] = [];
    for (let page = 1; ; page++) {
      const r = await op.get<ResidentPage>(`/api/v1/residents?q=rekonstruksi&pageSize=100&page=${page}`);
      expect(r.status).toBe(200);
      rows.push(...(r.body.items as unknown as Record<string, unknown>[]));
      if (r.body.items.length < 100) break;
    }
    expect(rows).toHaveLength(PEOPLE);
    let rebuilt = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      const person = byName.get(String(row.fullName));
      const attempt = rebuild(row);
      if (attempt.rebuilt === person?.nik) rebuilt++;
      fewest = Math.min(fewest, attempt.candidates);
      // Nothing else in the row carries the birth date or the serial.
      const text = JSON.stringify(row);
      expect(text).not.toContain(person?.birthDate);
      expect(text).not.toContain(person?.nik.slice(6));
    }
    expect(rebuilt).toBe(0);
    expect(fewest).toBeGreaterThanOrEqual(MIN_CANDIDATES);
  });

  describe('staff who hold the full NIK', () => {
    it('still find the person by typing it; the row stays masked', async () => {
      const op = await env().as('bandarlampung.operator');
      const person = people[7] as (typeof people)[number];
      const r = await op.get<ResidentPage>(`/api/v1/residents?nik=${person.nik}`);
      expect(r.body.total).toBe(1);
      expect(r.body.items[0]).toMatchObject({
        fullName: person.fullName,
        nikMasked: `${person.nik.slice(0, 4)}${'•'.repeat(12)}`,
        birthYear: Number(person.birthDate.slice(0, 4)),
      });
    });
  });
});
