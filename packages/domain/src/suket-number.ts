/**
 * Suket numbers: one gap-free series per regency/city and year (the server's counter row gives `seq`),
 * rendered by a configurable format such as `471.13/{seq:4}/DUKCAPIL/{year}` → `471.13/0001/DUKCAPIL/2024`.
 * Placeholders: `{seq}` or `{seq:N}` (zero-padded to N), `{year}`, `{regency}` (code without dots).
 */
export const DEFAULT_SUKET_NUMBER_FORMAT = '471.13/{seq:4}/DUKCAPIL/{year}';

export interface SuketNumberParts {
  seq: number;
  year: number;
  regencyCode: string;
}

const PLACEHOLDER = /\{(seq(?::(\d))?|year|regency)\}/g;

export function renderSuketNumber(format: string, p: SuketNumberParts): string {
  return format.replace(PLACEHOLDER, (_m, name: string, width?: string) => {
    if (name.startsWith('seq')) return String(p.seq).padStart(Number(width ?? 1), '0');
    if (name === 'year') return String(p.year);
    return p.regencyCode.replace(/\./g, '');
  });
}

/** A format must carry the sequence (or two sukets would share a number) and stay printable. */
export function isValidSuketNumberFormat(format: string): boolean {
  return /\{seq(?::\d)?\}/.test(format) && format.length <= 60 && !/[\r\n]/.test(format);
}
