/**
 * Suket numbers: one gap-free series per regency/city and year (the server's counter row gives `seq`),
 * rendered by a configurable format such as `471.13/{seq:4}/DUKCAPIL/{regency}/{year}` →
 * `471.13/0001/DUKCAPIL/1871/2024`.
 * Placeholders: `{seq}` or `{seq:N}` (zero-padded to N), `{year}`, `{regency}` (code without dots).
 */
export const DEFAULT_SUKET_NUMBER_FORMAT = '471.13/{seq:4}/DUKCAPIL/{regency}/{year}';

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

/**
 * A format must carry the sequence and the regency, and stay printable. A number names one suket in the
 * nation (it is what a verifier types, and the stored numbers are unique), while each regency counts its
 * own series: without `{regency}` the first suket of two regencies in a year would share a number.
 */
export function isValidSuketNumberFormat(format: string): boolean {
  return (
    /\{seq(?::\d)?\}/.test(format) &&
    format.includes('{regency}') &&
    format.length <= 60 &&
    !/[\r\n]/.test(format)
  );
}
