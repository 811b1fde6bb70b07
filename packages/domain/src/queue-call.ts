/**
 * What the display says when a counter calls a ticket. The caption shows the label as printed
 * ("Nomor antrian A-023, silakan ke loket 2"); the spoken text spells it the way an Indonesian caller
 * would say it: the letter by its Indonesian name and the number as a number without its leading zeros
 * ("Nomor antrian A, dua puluh tiga, silakan ke loket dua"). Written out in words so that a browser with
 * no Indonesian voice, whose fallback voice would read digits in English, still speaks Indonesian.
 */

const ONES = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Indonesian letter names, as they are said when spelling ("be", "pe", "ka"). */
const LETTERS: Record<string, string> = {
  A: 'A',
  B: 'Be',
  C: 'Ce',
  D: 'De',
  E: 'E',
  F: 'Ef',
  G: 'Ge',
  H: 'Ha',
  I: 'I',
  J: 'Je',
  K: 'Ka',
  L: 'El',
  M: 'Em',
  N: 'En',
  O: 'O',
  P: 'Pe',
  Q: 'Ki',
  R: 'Er',
  S: 'Es',
  T: 'Te',
  U: 'U',
  V: 'Fe',
  W: 'We',
  X: 'Eks',
  Y: 'Ye',
  Z: 'Zet',
};

/** A whole number 0–999 999 in Indonesian words ("sebelas", "seratus dua", "seribu"). */
export function indonesianNumberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) return String(n);
  if (n < 10) return ONES[n] ?? String(n);
  if (n === 10) return 'sepuluh';
  if (n === 11) return 'sebelas';
  if (n < 20) return `${ONES[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${ONES[Math.floor(n / 10)]} puluh${rest ? ` ${ONES[rest]}` : ''}`;
  }
  if (n < 1000) {
    const hundreds = Math.floor(n / 100);
    const rest = n % 100;
    const head = hundreds === 1 ? 'seratus' : `${ONES[hundreds]} ratus`;
    return rest ? `${head} ${indonesianNumberWords(rest)}` : head;
  }
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const head = thousands === 1 ? 'seribu' : `${indonesianNumberWords(thousands)} ribu`;
  return rest ? `${head} ${indonesianNumberWords(rest)}` : head;
}

/** "A-023" → "A, dua puluh tiga"; "PB-7" → "Pe Be, tujuh". A label that is not letters and a number is read as is. */
export function spokenTicketLabel(label: string): string {
  const m = /^([A-Za-z]*)[-\s]?(\d+)$/.exec(label.trim());
  if (!m) return label;
  const letters = [...(m[1] ?? '').toUpperCase()].map((c) => LETTERS[c] ?? c).join(' ');
  const number = indonesianNumberWords(Number(m[2]));
  return letters ? `${letters}, ${number}` : number;
}

/** The caption under a call: "Nomor antrian A-023, silakan ke loket 2". */
export function queueCallCaption(label: string, counter: number): string {
  return `Nomor antrian ${label}, silakan ke loket ${counter}`;
}

/** The sentence the voice says; a recall is announced as such so waiting people know it is not a new number. */
export function queueCallSpeech(label: string, counter: number, recall = false): string {
  const call = `Nomor antrian ${spokenTicketLabel(label)}, silakan ke loket ${indonesianNumberWords(counter)}.`;
  return recall ? `Panggilan ulang. ${call}` : call;
}
