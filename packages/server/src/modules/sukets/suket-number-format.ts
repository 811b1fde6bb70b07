import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { getSetting } from '../settings';

/**
 * The number format of the regency office that issues a resident's suket (the `suket_number_format`
 * setting, inherited from the province or the country, default `471.13/{seq:4}/DUKCAPIL/{regency}/{year}`).
 * The setting's schema refuses a format without `{seq}` or `{regency}`, so no two sukets share a number,
 * within a regency's series or across regencies (a stored format from before that rule is skipped).
 */
export function suketNumberFormat(db: Kysely<Database>, villageCode: string): Promise<string> {
  // The series is per regency (the first five characters of a village code, as in sukets.commands).
  return getSetting(db, villageCode.slice(0, 5), 'suket_number_format');
}
