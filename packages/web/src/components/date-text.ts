/**
 * dd/mm/yyyy ⇄ ISO yyyy-mm-dd, by hand: a native `<input type="date">` shows mm/dd/yyyy in an English
 * browser whatever the app's language, and date libraries parse leniently (31/02 becomes 2 March). This
 * accepts only real calendar dates; `/`, `-` and `.` separate the parts as Indonesians write them.
 */
const PATTERN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function parseDayMonthYear(text: string): string | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || year < 1000) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function toDayMonthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}
