/**
 * The public satisfaction survey (Survei Kepuasan Masyarakat, SKM) as PermenPANRB No. 14 Tahun 2017
 * ("Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik") sets it: nine
 * elements (unsur) U1–U9, each answered on a scale of 1–4; the value per element (NRR) is the mean of its
 * answers; the index (IKM) is the mean of the nine NRR (the regulation writes it as Σ NRR × 0,111, its
 * rounding of 1/9; Sigap uses the exact ninth, which the regulation's weight approximates); the unit's SKM
 * value is the index × 25, classed by the regulation's conversion table (A ≥ 88,31 Sangat Baik,
 * B ≥ 76,61 Baik, C ≥ 65,00 Kurang Baik, else D Tidak Baik). Questions and answer words follow the
 * regulation's sample questionnaire (Lampiran), one per element in the order of the elements.
 */

type Words = { id: string; en: string };

export interface SkmElement {
  code: `U${number}`;
  name: Words;
  question: Words;
  /** The words of answers 1–4, worst first. */
  options: readonly [Words, Words, Words, Words];
}

const w = (id: string, en: string): Words => ({ id, en });

export const SKM_ELEMENTS: readonly SkmElement[] = [
  {
    code: 'U1',
    name: w('Persyaratan', 'Requirements'),
    question: w(
      'Bagaimana kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'How well did the requirements fit the service?',
    ),
    options: [
      w('Tidak sesuai', 'Not suitable'),
      w('Kurang sesuai', 'Somewhat unsuitable'),
      w('Sesuai', 'Suitable'),
      w('Sangat sesuai', 'Very suitable'),
    ],
  },
  {
    code: 'U2',
    name: w('Sistem, mekanisme, dan prosedur', 'System, mechanism and procedure'),
    question: w('Bagaimana kemudahan prosedur pelayanan di unit ini?', 'How easy was the procedure here?'),
    options: [
      w('Tidak mudah', 'Not easy'),
      w('Kurang mudah', 'Not very easy'),
      w('Mudah', 'Easy'),
      w('Sangat mudah', 'Very easy'),
    ],
  },
  {
    code: 'U3',
    name: w('Waktu penyelesaian', 'Completion time'),
    question: w('Bagaimana kecepatan waktu dalam memberikan pelayanan?', 'How fast was the service?'),
    options: [
      w('Tidak cepat', 'Not fast'),
      w('Kurang cepat', 'Not very fast'),
      w('Cepat', 'Fast'),
      w('Sangat cepat', 'Very fast'),
    ],
  },
  {
    code: 'U4',
    name: w('Biaya/tarif', 'Cost/fee'),
    question: w('Bagaimana kewajaran biaya/tarif dalam pelayanan?', 'How fair was the cost of the service?'),
    options: [
      w('Sangat mahal', 'Very expensive'),
      w('Cukup mahal', 'Rather expensive'),
      w('Murah', 'Cheap'),
      w('Gratis', 'Free'),
    ],
  },
  {
    code: 'U5',
    name: w('Produk spesifikasi jenis pelayanan', 'Product of the service'),
    question: w(
      'Bagaimana kesesuaian hasil pelayanan dengan yang tercantum dalam standar pelayanan?',
      'How well did the result match the service standard?',
    ),
    options: [
      w('Tidak sesuai', 'Not matching'),
      w('Kurang sesuai', 'Partly matching'),
      w('Sesuai', 'Matching'),
      w('Sangat sesuai', 'Fully matching'),
    ],
  },
  {
    code: 'U6',
    name: w('Kompetensi pelaksana', 'Competence of the staff'),
    question: w('Bagaimana kompetensi/kemampuan petugas dalam pelayanan?', 'How competent was the staff?'),
    options: [
      w('Tidak kompeten', 'Not competent'),
      w('Kurang kompeten', 'Not very competent'),
      w('Kompeten', 'Competent'),
      w('Sangat kompeten', 'Very competent'),
    ],
  },
  {
    code: 'U7',
    name: w('Perilaku pelaksana', 'Conduct of the staff'),
    question: w(
      'Bagaimana perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'How polite and friendly was the staff?',
    ),
    options: [
      w('Tidak sopan dan ramah', 'Not polite or friendly'),
      w('Kurang sopan dan ramah', 'Not very polite or friendly'),
      w('Sopan dan ramah', 'Polite and friendly'),
      w('Sangat sopan dan ramah', 'Very polite and friendly'),
    ],
  },
  {
    code: 'U8',
    name: w('Penanganan pengaduan, saran, dan masukan', 'Handling of complaints and suggestions'),
    question: w(
      'Bagaimana penanganan pengaduan pengguna layanan?',
      'How are complaints of service users handled?',
    ),
    options: [
      w('Tidak ada', 'There is none'),
      w('Ada tetapi tidak berfungsi', 'Exists but does not work'),
      w('Berfungsi kurang maksimal', 'Works, not fully'),
      w('Dikelola dengan baik', 'Well handled'),
    ],
  },
  {
    code: 'U9',
    name: w('Sarana dan prasarana', 'Facilities'),
    question: w('Bagaimana kualitas sarana dan prasarana?', 'How good were the facilities?'),
    options: [w('Buruk', 'Poor'), w('Cukup', 'Fair'), w('Baik', 'Good'), w('Sangat baik', 'Very good')],
  },
];

export const SKM_ELEMENT_COUNT = 9;

export type SkmBand = 'A' | 'B' | 'C' | 'D';

/** The regulation's conversion table: the lowest SKM value of each band and its words (mutu, kinerja). */
export const SKM_BANDS: readonly { band: SkmBand; min: number; label: Words }[] = [
  { band: 'A', min: 88.31, label: w('Sangat Baik', 'Very good') },
  { band: 'B', min: 76.61, label: w('Baik', 'Good') },
  { band: 'C', min: 65.0, label: w('Kurang Baik', 'Poor') },
  { band: 'D', min: 25.0, label: w('Tidak Baik', 'Very poor') },
];

/** Whether an answer sheet is nine whole answers from 1 to 4. */
export function isValidSkmAnswers(answers: readonly unknown[]): answers is number[] {
  return (
    answers.length === SKM_ELEMENT_COUNT &&
    answers.every((a) => typeof a === 'number' && Number.isInteger(a) && a >= 1 && a <= 4)
  );
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The band of an SKM value, classed as shown: rounded to two decimals first (88,305 shows as 88,31: A). */
export function skmBand(value: number): SkmBand {
  const shown = round2(value);
  return (SKM_BANDS.find((b) => shown >= b.min) ?? { band: 'D' as const }).band;
}

export interface SkmSummary {
  /** Answer sheets counted. */
  count: number;
  /** The mean answer per element U1…U9 (NRR, 1–4); null without answers. */
  elements: (number | null)[];
  /** Mean of the element means × 25, rounded to two decimals; null without answers. */
  index: number | null;
  band: SkmBand | null;
}

/** Index and band of a set of answer sheets (each nine answers 1–4; invalid sheets are not counted). */
export function skmSummary(sheets: readonly (readonly number[])[]): SkmSummary {
  const valid = sheets.filter((s) => isValidSkmAnswers(s));
  if (valid.length === 0) {
    return { count: 0, elements: Array(SKM_ELEMENT_COUNT).fill(null), index: null, band: null };
  }
  const elements = Array.from(
    { length: SKM_ELEMENT_COUNT },
    (_, i) => valid.reduce((sum, s) => sum + (s[i] ?? 0), 0) / valid.length,
  );
  const value = (elements.reduce((a, b) => a + b, 0) / SKM_ELEMENT_COUNT) * 25;
  return { count: valid.length, elements, index: round2(value), band: skmBand(value) };
}

/** The words of a band ("Sangat Baik"). */
export function skmBandLabel(band: SkmBand, locale: 'id' | 'en' = 'id'): string {
  return (SKM_BANDS.find((b) => b.band === band) ?? SKM_BANDS[3])?.label[locale] ?? band;
}
