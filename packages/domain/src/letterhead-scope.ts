import { NATIONAL_CODE } from './regions';

/**
 * The office whose letterhead (kop surat) and signatory head a report on `regionCode`. Each regency/city
 * Disdukcapil signs its own reports, so anything at regency level or below belongs to its regency
 * (`18.71.01` → `18.71`); a province report is the province office's (`18`); a national one is national.
 * Shared by the server (which kop a PDF prints) and the web (which kop an operator edits).
 */
export function letterheadScopeOf(regionCode: string): string {
  if (regionCode === NATIONAL_CODE) return NATIONAL_CODE;
  return regionCode.split('.').slice(0, 2).join('.');
}

/** "Kota Bandar Lampung" → "Bandar Lampung": the place written before a regency's signature date. */
export function regencyPlaceName(name: string): string {
  return name.replace(/^(Kota|Kabupaten|Kab\.)\s+/i, '').trim() || name;
}
