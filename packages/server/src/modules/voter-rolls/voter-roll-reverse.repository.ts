import type { Kysely } from 'kysely';
import type { Database, ResidentRow } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import { isVoterOf } from '../elections';
import type { VoterRollRow } from './voter-rolls.repository';

const PAGE = 5000;

/**
 * The reverse set, a page at a time: residents of the roll's region whose NIK the roll does not hold (an
 * anti-join on the roll's NIK index, in id order), kept when they are voters of the election by the
 * elections module's rule. A roll that covers its region leaves few to test, so memory stays one page.
 */
export async function* reverseCandidates(
  trx: Kysely<Database>,
  roll: VoterRollRow,
  election: { regionCodes: string[]; votingDate: string },
): AsyncGenerator<ResidentRow[]> {
  let after = 0;
  for (;;) {
    const rows = await trx
      .selectFrom('residents as r')
      .selectAll('r')
      .where(withinScope('r.village_code', roll.region_code))
      .where('r.id', '>', after)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('voter_roll_rows as v')
              .select('v.id')
              .where('v.roll_id', '=', roll.id)
              .whereRef('v.nik', '=', 'r.nik'),
          ),
        ),
      )
      .orderBy('r.id')
      .limit(PAGE)
      .execute();
    const voters = rows.filter((r) => isVoterOf(election, r));
    if (voters.length > 0) yield voters;
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}
