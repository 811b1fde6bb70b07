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
  const members = Array.from(
    { length: MAX_MEMBERS },
    (): Member => ({ age: 0, sex: 'L', maritalStatus: 'BELUM_KAWIN', role: 'head', order: 0 }),
  );
  return { size: 0, members };
}

type Kind = 'nuclear' | 'extended' | 'single-parent' | 'couple' | 'single';
const KINDS = weightedTable<Kind>([
  ['nuclear', 0.52],
  ['extended', 0.1],
  ['single-parent', 0.08],
  ['couple', 0.16],
  ['single', 0.14],
]);
const CHILDREN = weightedTable([
  [1, 0.29],
  [2, 0.38],
  [3, 0.21],
  [4, 0.08],
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
  return weightedTable(
    Array.from({ length: hi - lo + 1 }, (_, i) => [lo + i, Math.max(0, f(lo + i))] as const),
  );
}
// Eldest child still on the card: rising through childhood, falling as young adults marry and move out.
const ELDEST = ages(0, 40, (a) => (a < 15 ? 0.85 + a * 0.03 : a < 23 ? 1.2 : 1.2 * 0.85 ** (a - 22)));
const YOUNG_WIFE = ages(17, 34, (a) => (a === 17 ? 0.05 : a === 18 ? 0.3 : a < 27 ? 1 : 0.8 ** (a - 26)));
const OLD_HUSBAND = ages(45, 92, (a) => (a < 55 ? 0.6 : a < 69 ? 1.1 : 1.1 * 0.9 ** (a - 68)));
const YOUNG_SINGLE = ages(18, 45, (a) => (a < 22 ? 0.5 : a < 32 ? 1 : 0.85 ** (a - 31)));
const OLD_SINGLE = ages(50, MAX_AGE, (a) => (a < 65 ? 0.6 : a < 73 ? 1 : 0.85 ** (a - 72)));

function set(h: Household, age: number, sex: Sex, maritalStatus: MaritalStatus, role: Role, order = 0): void {
  if (h.size >= MAX_MEMBERS || age < 0 || age > MAX_AGE) return;
  const m = h.members[h.size++] as Member;
  m.age = age;
  m.sex = sex;
  m.maritalStatus = maritalStatus;
  m.role = role;
  m.order = order;
}

const ADULT_CHILD_MALE_SHARE = 0.58;

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

/** Who heads the smaller households: shares tuned with the tables above (see the file comment). */
const SHAPE = {
  youngCouple: 0.3,
  youngSingle: 0.3,
  youngSingleMale: 0.7,
  oldSingleFemale: 0.6,
  singleMother: 0.7,
  widowedGrandmother: 0.65,
} as const;

function couple(rng: Prng, h: Household): void {
  if (rng.chance(SHAPE.youngCouple)) {
    const wife = rng.weighted(YOUNG_WIFE);
    set(h, clamp(wife + 3.5 + 3 * rng.normal(), Math.max(19, wife - 3), 60), 'L', 'KAWIN', 'head');
    set(h, wife, 'P', 'KAWIN', 'spouse');
  } else {
    const husband = rng.weighted(OLD_HUSBAND);
    set(h, husband, 'L', 'KAWIN', 'head');
    set(h, clamp(husband - 3.5 + 3 * rng.normal(), 40, MAX_AGE), 'P', 'KAWIN', 'spouse');
  }
}

function single(rng: Prng, h: Household): void {
  if (rng.chance(SHAPE.youngSingle)) {
    // Young people alone on a card are mostly men who migrated for work.
    const age = rng.weighted(YOUNG_SINGLE);
    const status = age >= 25 && rng.chance(0.15) ? 'CERAI_HIDUP' : 'BELUM_KAWIN';
    set(h, age, rng.chance(SHAPE.youngSingleMale) ? 'L' : 'P', status, 'head');
  } else {
    const r = rng.next();
    const status = r < 0.8 ? 'CERAI_MATI' : r < 0.92 ? 'CERAI_HIDUP' : 'BELUM_KAWIN';
    set(h, rng.weighted(OLD_SINGLE), rng.chance(SHAPE.oldSingleFemale) ? 'P' : 'L', status, 'head');
  }
}

/** Parents (or one parent), children, and for an extended family one or two grandparents. */
function family(rng: Prng, h: Household, kind: Kind): void {
  const eldest = rng.weighted(ELDEST);
  const mother = clamp(eldest + 23.5 + 4.5 * rng.normal(), eldest + 17, eldest + 42);
  const father = clamp(mother + 3.5 + 3 * rng.normal(), Math.max(mother - 3, eldest + 18), mother + 15);
  if (kind === 'single-parent') {
    const isMother = rng.chance(SHAPE.singleMother);
    const age = isMother ? mother : father;
    set(h, age, isMother ? 'P' : 'L', widowedOrDivorced(rng, age), 'head');
  } else {
    set(h, father, 'L', 'KAWIN', 'head');
    set(h, mother, 'P', 'KAWIN', 'spouse');
  }
  const grandparents = kind === 'extended' ? (rng.chance(0.75) ? 1 : 2) : 0;
  const children = Math.min(rng.weighted(CHILDREN), MAX_MEMBERS - h.size - grandparents);
  for (let i = 0, age = eldest; i < children && age >= 0; i++, age -= rng.weighted(BIRTH_GAP)) {
    // Daughters marry ~3 years younger than sons, so grown children still on the card are mostly sons.
    const sex: Sex = rng.chance(age >= 19 ? ADULT_CHILD_MALE_SHARE : MALE_BIRTH_SHARE) ? 'L' : 'P';
    set(h, age, sex, childStatus(rng, age, sex), 'child', i);
  }
  if (grandparents === 0) return;
  const parent = Math.max(father, mother);
  const gp = clamp(parent + 28 + 4 * rng.normal(), parent + 17, MAX_AGE);
  if (grandparents === 2) {
    set(h, gp, 'L', 'KAWIN', 'parent');
    set(h, clamp(gp - 3.5 + 3 * rng.normal(), gp - 10, gp + 2), 'P', 'KAWIN', 'parent');
  } else {
    const status = rng.chance(0.9) ? 'CERAI_MATI' : 'CERAI_HIDUP';
    set(h, gp, rng.chance(SHAPE.widowedGrandmother) ? 'P' : 'L', status, 'parent');
  }
}

/** Fills `h` with one household; returns it for chaining. */
export function drawHousehold(rng: Prng, h: Household): Household {
  h.size = 0;
  const kind = rng.weighted(KINDS);
  if (kind === 'couple') couple(rng, h);
  else if (kind === 'single') single(rng, h);
  else family(rng, h, kind);
  return h;
}
