import type { RecordingStatus } from '@sigap/domain';
import type { Kysely } from 'kysely';
import { mustHoldIdOn } from '../../db/eligibility-filter';
import type { Database } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';

export interface ResidentSearch {
  scope: string;
  nik?: string;
  /** Already normalised with `searchText`. */
  text?: string;
  match: 'prefix' | 'contains';
  region?: string;
  status?: RecordingStatus;
  /** Only residents who must hold an e-KTP on this date. */
  wajibOn?: string;
}

function filtered(db: Kysely<Database>, s: ResidentSearch) {
  let q = db.selectFrom('residents').where(withinRegion('residents.village_code', s.scope));
  if (s.nik) q = q.where('nik', '=', s.nik);
  if (s.text) {
    const cleaned = s.text.replace(/[\\%_]/g, '');
    q = q.where('residents.name_search', 'like', s.match === 'prefix' ? `${cleaned}%` : `%${cleaned}%`);
  }
  if (s.region) q = q.where(withinRegion('residents.village_code', s.region));
  if (s.status) q = q.where('recording_status', '=', s.status);
  if (s.wajibOn) q = q.where(mustHoldIdOn(s.wajibOn));
  return q;
}

export async function searchResidents(
  db: Kysely<Database>,
  s: ResidentSearch,
  page: { limit: number; offset: number },
) {
  const rows = await filtered(db, s)
    .leftJoin('regions', 'regions.code', 'residents.village_code')
    // The list presenter's columns only (resident-list.presenter.ts): no family card number.
    .select([
      'residents.id',
      'nik',
      'full_name',
      'sex',
      'birth_date',
      'village_code',
      'regions.name as village_name',
      'recording_status',
      'print_status',
      'life_status',
    ])
    .orderBy('residents.name_search')
    .orderBy('residents.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await filtered(db, s)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}
