/**
 * Matching a burial entry (a name a family member gave a cemetery manager) to a resident of the registry.
 * Hand-written rather than a library: Jaro-Winkler is twenty lines, the domain package does no I/O and
 * has no runtime dependency, and the normalisation (titles, "bin/binti", spelling variants common in
 * Indonesian names) is the part that matters and no library knows it.
 */

/** Words that say who someone is, not their name: honorifics, religious titles, and patronymic links. */
const NOISE = new Set([
  'alm',
  'almh',
  'almarhum',
  'almarhumah',
  'h',
  'hj',
  'haji',
  'hajjah',
  'bin',
  'binti',
  'bpk',
  'bapak',
  'ibu',
  'ny',
  'nyonya',
  'tn',
  'sdr',
  'dr',
  'ir',
  'drs',
  'st',
  'se',
]);

/**
 * Upper-case letters only, titles dropped, old spellings folded (oe→u, dj→j, tj→c, j→y before a vowel is
 * NOT folded: Yogi and Jogi are different names), repeated letters collapsed ("Muhammad"/"Muhamad").
 */
export function normaliseName(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0 && !NOISE.has(t))
    .map((t) =>
      t
        .replace(/oe/g, 'u')
        .replace(/dj/g, 'j')
        .replace(/tj/g, 'c')
        .replace(/(.)\1+/g, '$1'),
    );
}

/** Jaro-Winkler similarity of two strings, 0 (nothing alike) to 1 (equal); prefix scale 0.1, up to 4. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aHit = new Array<boolean>(a.length).fill(false);
  const bHit = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (bHit[j] || a[i] !== b[j]) continue;
      aHit[i] = bHit[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aHit[i]) continue;
    while (!bHit[k]) k++;
    if (a[i] !== b[k]) halfTranspositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - halfTranspositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * How alike two names are, 0..1: each token of the shorter name takes its best Jaro-Winkler partner in
 * the other (word order and a dropped middle name cost little), averaged, then scaled by the share of
 * tokens covered so "Siti" alone does not fully match "Siti Aminah Rahayu".
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x.length === 0 || y.length === 0) return 0;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let sum = 0;
  for (const t of short) sum += Math.max(...long.map((u) => jaroWinkler(t, u)));
  const avg = sum / short.length;
  const coverage = short.length / long.length;
  return round(avg * (0.8 + 0.2 * coverage));
}

export interface MatchFacts {
  name: string;
  birthDate: string | null;
  villageCode: string | null;
}

export interface MatchScore {
  /** 0..100, shown beside the candidate. */
  score: number;
  name: number;
  birthDate: 'same' | 'year' | 'different' | 'unknown';
  village: 'same' | 'district' | 'different' | 'unknown';
}

/**
 * The score of a resident as the person a burial names: the name counts most (60), the birth date 30
 * (a full match; the same year only 10, as registers often hold only the year), the village 10 (the same
 * district 5). An officer decides; the score only orders the candidates side by side.
 */
export function scoreCandidate(entry: MatchFacts, resident: MatchFacts): MatchScore {
  const name = nameSimilarity(entry.name, resident.name);
  let birthDate: MatchScore['birthDate'] = 'unknown';
  let points = name * 60;
  if (entry.birthDate && resident.birthDate) {
    if (entry.birthDate === resident.birthDate) birthDate = 'same';
    else if (entry.birthDate.slice(0, 4) === resident.birthDate.slice(0, 4)) birthDate = 'year';
    else birthDate = 'different';
    points += birthDate === 'same' ? 30 : birthDate === 'year' ? 10 : 0;
  }
  let village: MatchScore['village'] = 'unknown';
  if (entry.villageCode && resident.villageCode) {
    if (entry.villageCode === resident.villageCode) village = 'same';
    else if (entry.villageCode.slice(0, 8) === resident.villageCode.slice(0, 8)) village = 'district';
    else village = 'different';
    points += village === 'same' ? 10 : village === 'district' ? 5 : 0;
  }
  return { score: Math.round(points), name, birthDate, village };
}

/** Candidates at or above this score are shown; lower ones are noise. */
export const CANDIDATE_MIN_SCORE = 55;

/**
 * The key two entries of one person share when no NIK is known: the normalised name, birth and death date.
 * Entries with the same NIK are the same person whatever their names say.
 */
export function burialDuplicateKey(e: { name: string; birthDate: string; dateOfDeath: string }): string {
  return `${normaliseName(e.name).join(' ')}|${e.birthDate}|${e.dateOfDeath}`;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
