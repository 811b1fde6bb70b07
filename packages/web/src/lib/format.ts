import { formatNumber, type Locale } from '@sigap/domain';

const UNITS: Record<Locale, { s: string; min: string; h: string }> = {
  id: { s: 'dtk', min: 'mnt', h: 'jam' },
  en: { s: 's', min: 'min', h: 'h' },
};

/** "4,2 dtk", "3 mnt 05 dtk", "1 jam 02 mnt": durations of imports, in the user's number format. */
export function formatDuration(ms: number, locale: Locale): string {
  const u = UNITS[locale];
  const safe = Math.max(0, ms);
  if (safe < 60_000) {
    const seconds = safe < 10_000 ? Math.round(safe / 100) / 10 : Math.round(safe / 1000);
    return `${formatNumber(seconds, locale)} ${u.s}`;
  }
  const totalSeconds = Math.round(safe / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  if (hours > 0) return `${hours} ${u.h} ${two(minutes)} ${u.min}`;
  return `${minutes} ${u.min} ${two(seconds)} ${u.s}`;
}

/** "12,3 MB": file sizes in powers of 1024, as operating systems show them. */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${formatNumber(rounded, locale)} ${units[unit]}`;
}
