/**
 * The shape of one family card (KK): who lives in it, their ages, sexes and marital status. Ages are drawn
 * household-first (children, then the mother's age at the eldest's birth, then the father and grandparents)
 * so families are coherent; the weights below are tuned so the province-wide result matches the 2024 age
 * structure and sex ratio in `calibration.ts` (checked by the calibration test).
 */
import type { MaritalStatus, Sex } from '@sigap/domain';
import { MALE_BIRTH_SHARE, MARRIED_SHARE_BY_AGE_FEMALE, MARRIED_SHARE_BY_AGE_MALE } from './calibration';
import { MAX_AGE } from './day-table';
import { type Prng, type WeightedTable, weightedTable } from './prng';

export type Role = 'head' | 'spouse' | 'child' | 'parent';

export interface Member {
  age: number;
  sex: Sex;
  maritalStatus: MaritalStatus;
  role: Role;
  /** Birth order among the children (0 = eldest), for Balinese order names; 0 for adults. */
  order: number;
}

/** A KK holds 1–7 people here (larger ones exist but are rare). */
export const MAX_MEMBERS = 7;

/** A reusable buffer: one household at a time, so generating millions allocates no member objects. */
export interface Household {
  size: number;
  members: Member[];
}

export function newHousehold(): Household {
  const members = Array.from({ length: MAX_MEMBERS }, () => ({
    age: 0,
    sex: 'L' as Sex,
    maritalStatus: 'BELUM_KAWIN' as MaritalStatus,
    role: 'head' as Role,
    order: 0,
  }));
  return { size: 0, members };
}

type Kind = 'nuclear' | 'extended' | 'single-parent' | 'couple' | 'single';
const KINDS = weightedTable<Kind>([
  ['nuclear', 0.6],
  ['extended', 0.08],
  ['single-parent', 0.08],
  ['couple', 0.12],
  ['single', 0.12],
]);
const CHILDREN = weightedTable([
  [1, 0.28],
  [2, 0.36],
  [3, 0.22],
  [4, 0.1],
  [5, 0.04],
]);
const BIRTH_GAP = weightedTable([
  [1, 0.05],
  [2, 0.2],
  [3, 0.24],
  [4, 0.2],
  [5, 0.14],
  [6, 0.1],
  [7, 0.07],
]);

/** An age table over [lo, hi] with weights from `f(age)`. */
function ages(lo: number, hi: number, f: (a: number) => number): WeightedTable<number> {
  return weightedTable(Array.from({ length: hi - lo + 1 }, (_, i) => [lo + i, Math.max(0, f(lo + i))] as const));
}
// Eldest child still on the card: rising through childhood, falling as young adults marry and move out.
const ELDEST = ages(0, 34, (a) => (a < 12 ? 0.6 + a * 0.04 : a < 19 ? 1.1 : 1.1 * 0.8 ** (a - 18)));
const YOUNG_WIFE = ages(16, 34, (a) => (a < 19 ? 0.3 : a < 27 ? 1 : 0.8 ** (a - 26)));
const OLD_HUSBAND = ages(45, 92, (a) => (a < 60 ? 1 : 0.93 ** (a - 59)));
const YOUNG_SINGLE = ages(18, 45, (a) => (a < 30 ? 1 : 0.85 ** (a - 29)));
const OLD_SINGLE = ages(50, MAX_AGE, (a) => (a < 70 ? 0.6 + (a - 50) * 0.03 : 1.2 * 0.9 ** (a - 69)));

function set(h: Household, age: number, sex: Sex, maritalStatus: MaritalStatus, role: Role, order = 0): void {
  if (h.size >= MAX_MEMBERS || age < 0 || age > MAX_AGE) return;
  const m = h.members[h.size++] as Member;
  m.age = age;
  m.sex = sex;
  m.maritalStatus = maritalStatus;
  m.role = role;
  m.order = order;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

function childStatus(rng: Prng, age: number, sex: Sex): MaritalStatus {
  const married = (sex === 'P' ? MARRIED_SHARE_BY_AGE_FEMALE : MARRIED_SHARE_BY_AGE_MALE)[age];
  if (married !== undefined) return rng.chance(married) ? 'KAWIN' : 'BELUM_KAWIN';
  // A divorced son or daughter who came back to the parents' card.
  return age >= 20 && rng.chance(0.03) ? 'CERAI_HIDUP' : 'BELUM_KAWIN';
}

function widowedOrDivorced(rng: Prng, age: number): MaritalStatus {
  return rng.chance(age >= 45 ? 0.65 : 0.3) ? 'CERAI_MATI' : 'CERAI_HIDUP';
}

/** Fills `h` with one household; returns it for chaining. */
export function drawHousehold(rng: Prng, h: Household): Household {
  h.size = 0;
  const kind = rng.weighted(KINDS);
  if (kind === 'couple') {
    const young = rng.chance(0.55);
    const husband = young ? 0 : rng.weighted(OLD_HUSBAND);
    const wife = young ? rng.weighted(YOUNG_WIFE) : clamp(husband - 4 + 3 * rng.normal(), 40, MAX_AGE);
    set(h, young ? clamp(wife + 4 + 3.5 * rng.normal(), Math.max(19, wife - 3), 60) : husband, 'L', 'KAWIN', 'head');
    set(h, wife, 'P', 'KAWIN', 'spouse');
    return h;
  }
  if (kind === 'single') {
    if (rng.chance(0.4)) {
      const age = rng.weighted(YOUNG_SINGLE);
      set(h, age, rng.chance(0.6) ? 'L' : 'P', age >= 25 && rng.chance(0.15) ? 'CERAI_HIDUP' : 'BELUM_KAWIN', 'head');
    } else {
      const age = rng.weighted(OLD_SINGLE);
      const r = rng.next();
      set(h, age, rng.chance(0.7) ? 'P' : 'L', r < 0.8 ? 'CERAI_MATI' : r < 0.92 ? 'CERAI_HIDUP' : 'BELUM_KAWIN', 'head');
    }
    return h;
  }
  const eldest = rng.weighted(ELDEST);
  const mother = clamp(eldest + 23.5 + 4.5 * rng.normal(), eldest + 16, eldest + 42);
  const father = clamp(mother + 4 + 3.5 * rng.normal(), Math.max(mother - 3, eldest + 18), mother + 15);
  if (kind === 'single-parent') {
    const isMother = rng.chance(0.75);
    const age = isMother ? mother : father;
    set(h, age, isMother ? 'P' : 'L', widowedOrDivorced(rng, age), 'head');
  } else {
    set(h, father, 'L', 'KAWIN', 'head');
    set(h, mother, 'P', 'KAWIN', 'spouse');
  }
  const grandparents = kind === 'extended' ? (rng.chance(0.75) ? 1 : 2) : 0;
  const children = Math.min(rng.weighted(CHILDREN), MAX_MEMBERS - h.size - grandparents);
  for (let i = 0, age = eldest; i < children && age >= 0; i++, age -= rng.weighted(BIRTH_GAP)) {
    const sex: Sex = rng.chance(MALE_BIRTH_SHARE) ? 'L' : 'P';
    set(h, age, sex, childStatus(rng, age, sex), 'child', i);
  }
  if (grandparents > 0) {
    const gp = clamp(Math.max(father, mother) + 28 + 4 * rng.normal(), Math.max(father, mother) + 17, MAX_AGE);
    if (grandparents === 1) set(h, gp, rng.chance(0.72) ? 'P' : 'L', rng.chance(0.9) ? 'CERAI_MATI' : 'CERAI_HIDUP', 'parent');
    else {
      set(h, gp, 'L', 'KAWIN', 'parent');
      set(h, clamp(gp - 4 + 3 * rng.normal(), gp - 10, gp + 2), 'P', 'KAWIN', 'parent');
    }
  }
  return h;
}
