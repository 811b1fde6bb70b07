/**
 * A person's name, occupation and phone, drawn from the tables in `names.ts` and `regional.ts`. Everything
 * heavy (weighted tables, joined strings) is built once at module load: these run once per resident.
 */
import type { Sex } from '@sigap/domain';
import {
  BALI_ORDER,
  MODERN_FEMALE,
  MODERN_FEMALE_SECOND,
  MODERN_MALE,
  MODERN_MALE_SECOND,
  type NameStyle,
  NOBLE_TITLES,
  POOLS,
} from './names';
import { type Prng, type WeightedTable, weightedTable } from './prng';
import { PHONE_PREFIXES } from './regional';

/** What a household's members share when named: style, a family name (marga, Chinese surname), a title. */
export interface FamilyNaming {
  style: NameStyle;
  familyName: string;
  noble: boolean;
}

/** Since the 1990s parents of every Muslim group favour Arabic and "modern" compound names. */
function modernShare(birthYear: number): number {
  return birthYear >= 2010 ? 0.8 : birthYear >= 2000 ? 0.55 : birthYear >= 1990 ? 0.2 : 0;
}

/** Styles whose children inherit a family name from their father. */
const FAMILY_NAME_STYLES: ReadonlySet<NameStyle> = new Set(['BATAK', 'CHINESE']);

export function familyNaming(rng: Prng, style: NameStyle): FamilyNaming {
  const pool = POOLS[style];
  const familyName = FAMILY_NAME_STYLES.has(style) ? rng.pick(pool.maleSecond) : '';
  // About one Sasak family in eight carries the LALU/BAIQ line; Samawa nobility is rarer.
  const noble = style === 'SASAK' ? rng.chance(0.12) : style === 'SAMAWA' && rng.chance(0.04);
  return { style, familyName, noble };
}

/**
 * A full name of one to three words. `inherits` is false for someone who married into the family (a wife
 * keeps her own marga and is not born to the title); `birthOrder` drives Balinese order names.
 */
export function personName(
  rng: Prng,
  fam: FamilyNaming,
  sex: Sex,
  birthYear: number,
  birthOrder: number,
  inherits: boolean,
): string {
  const pool = POOLS[fam.style];
  const male = sex === 'L';
  const first = rng.pick(male ? pool.male : pool.female);
  switch (fam.style) {
    case 'BALI': {
      const order = rng.pick(BALI_ORDER[birthOrder % 4] ?? BALI_ORDER[0]);
      return `${male ? 'I' : 'NI'} ${order} ${first}`;
    }
    case 'BATAK': {
      const marga = inherits ? fam.familyName : rng.pick(pool.maleSecond);
      return male ? `${first} ${marga}` : `${first} BR ${marga}`;
    }
    case 'CHINESE':
      return `${first} ${inherits ? fam.familyName : rng.pick(pool.maleSecond)}`;
  }
  const title = fam.noble && (inherits || rng.chance(0.25)) ? NOBLE_TITLES[fam.style] : undefined;
  const prefix = title ? (male ? title.male : title.female) : '';
  if (rng.chance(modernShare(birthYear))) {
    const given = rng.pick(male ? MODERN_MALE : MODERN_FEMALE);
    const second = rng.pick(male ? MODERN_MALE_SECOND : MODERN_FEMALE_SECOND);
    if (prefix) return `${prefix} ${given} ${second}`;
    if (rng.chance(0.25))
      return `${given} ${second} ${rng.pick(male ? pool.maleSecond : MODERN_FEMALE_SECOND)}`;
    return `${given} ${second}`;
  }
  const singleShare = birthYear < 1975 ? pool.singleWordShareOld : pool.singleWordShareOld / 3;
  if (rng.chance(singleShare)) return prefix ? `${prefix} ${first}` : first;
  const seconds = male ? pool.maleSecond : pool.femaleSecond;
  const second =
    seconds.length > 0 && rng.chance(0.7) ? rng.pick(seconds) : rng.pick(male ? pool.male : pool.female);
  if (second === first) return prefix ? `${prefix} ${first}` : first;
  return prefix ? `${prefix} ${first} ${second}` : `${first} ${second}`;
}

type OccupationTable = WeightedTable<string>;
const NONE = 'BELUM/TIDAK BEKERJA';
const STUDENT = 'PELAJAR/MAHASISWA';
const HOME = 'MENGURUS RUMAH TANGGA';

// SIAK's occupation labels. Rural men farm; urban men work in firms and trade; many women run the household.
const ADULT: Readonly<Record<string, OccupationTable>> = {
  'L-rural': weightedTable([
    ['PETANI/PEKEBUN', 38],
    ['WIRASWASTA', 16],
    ['BURUH HARIAN LEPAS', 10],
    ['BURUH TANI/PERKEBUNAN', 9],
    ['KARYAWAN SWASTA', 8],
    ['PEDAGANG', 4],
    ['NELAYAN/PERIKANAN', 2],
    ['PEGAWAI NEGERI SIPIL', 2.5],
    ['SOPIR', 2],
    ['TUKANG BATU', 2],
    ['PERANGKAT DESA', 1],
    ['GURU', 1],
    ['TENTARA NASIONAL INDONESIA', 0.4],
    ['KEPOLISIAN RI', 0.4],
    [NONE, 3.7],
  ]),
  'L-urban': weightedTable([
    ['KARYAWAN SWASTA', 30],
    ['WIRASWASTA', 26],
    ['BURUH HARIAN LEPAS', 9],
    ['PEDAGANG', 8],
    ['PEGAWAI NEGERI SIPIL', 6],
    ['SOPIR', 4],
    ['KARYAWAN HONORER', 3],
    ['GURU', 2],
    ['TENTARA NASIONAL INDONESIA', 1],
    ['KEPOLISIAN RI', 1],
    ['PETANI/PEKEBUN', 3],
    [NONE, 7],
  ]),
  'P-rural': weightedTable([
    [HOME, 52],
    ['PETANI/PEKEBUN', 18],
    ['WIRASWASTA', 8],
    ['BURUH TANI/PERKEBUNAN', 6],
    ['PEDAGANG', 5],
    ['KARYAWAN SWASTA', 4],
    ['GURU', 2],
    ['PEGAWAI NEGERI SIPIL', 1.5],
    ['BIDAN', 0.3],
    [NONE, 3.2],
  ]),
  'P-urban': weightedTable([
    [HOME, 42],
    ['KARYAWAN SWASTA', 18],
    ['WIRASWASTA', 14],
    ['PEDAGANG', 8],
    ['PEGAWAI NEGERI SIPIL', 5],
    ['GURU', 3],
    ['KARYAWAN HONORER', 3],
    ['PERAWAT', 1],
    ['BIDAN', 0.5],
    [NONE, 5.5],
  ]),
};

/** An occupation fitting age, sex, marriage and place (SIAK PEKERJAAN labels). */
export function occupation(rng: Prng, age: number, sex: Sex, married: boolean, urban: boolean): string {
  if (age < 5) return NONE;
  if (age < 17) return married && sex === 'P' ? HOME : rng.chance(0.97) ? STUDENT : NONE;
  if (age < 23 && !married && rng.chance(urban ? 0.55 : 0.4)) return STUDENT;
  if (age >= 60) {
    const r = rng.next();
    if (r < 0.1) return 'PENSIUNAN';
    if (r < 0.45) return NONE;
  }
  return rng.weighted(ADULT[`${sex}-${urban ? 'urban' : 'rural'}`] as OccupationTable);
}

/** An Indonesian mobile number: 08, an operator prefix, then 7–8 digits (11–12 digits in all). */
export function phoneNumber(rng: Prng): string {
  const digits = rng.chance(0.6) ? rng.int(10_000_000, 99_999_999) : rng.int(1_000_000, 9_999_999);
  return `08${rng.pick(PHONE_PREFIXES)}${digits}`;
}
