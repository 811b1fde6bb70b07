import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { withinRegion } from '../../db/scope-filter';
import { suketsWithHolders } from './sukets.repository';

/** SQL of batch issuance: the candidates of a region and the sukets a batch job issued. */

/**
 * Recorded, unprinted, living residents of a region without an active suket: the batch's (and the demo's)
 * candidates. The rules still run per person (PRR with blanko at the office is printed instead).
 */
export async function unprintedRecordedResidents(db: Kysely<Database>, region: string, limit: number) {
  return db
    .selectFrom('residents')
    .selectAll('residents')
    .where(withinRegion('residents.village_code', region))
    .where('residents.print_status', '=', 'NOT_PRINTED')
    .where('residents.life_status', '=', 'ALIVE')
    .where('residents.recording_status', 'not in', [
      'UNREGISTERED',
      'ENROLL_FAILURE_AT_REGIONAL',
      'ENROLL_FAILURE_AT_CENTRAL',
      'SEARCH_FAILURE_AT_CENTRAL',
      'DUPLICATE_RECORD',
    ])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('sukets')
            .select('sukets.id')
            .whereRef('sukets.resident_id', '=', 'residents.id')
            .where('sukets.status', '=', 'active'),
        ),
      ),
    )
    .orderBy('residents.id')
    .limit(limit)
    .execute();
}

/** The sukets a batch job issued, with their holders, for its combined PDF and its progress. */
export async function batchSukets(db: Kysely<Database>, jobId: number) {
  return suketsWithHolders(db).where('sukets.batch_job_id', '=', jobId).orderBy('sukets.seq').execute();
}
