import type { Election } from '@sigap/contracts';
import { isVoter, isWithinScope } from '@sigap/domain';
import type { ResidentRow } from '../../db/schema';
import { factsOf } from '../residents';

/**
 * Whether a resident is a voter of an election: living in one of its regions, and a voter on its voting
 * day (`isVoter`: present, a citizen, 17 or ever married). The one rule for "voters of this election"
 * (the voter-roll cross-check's reverse set asks it).
 */
export function isVoterOf(e: Pick<Election, 'regionCodes' | 'votingDate'>, r: ResidentRow): boolean {
  if (!e.regionCodes.some((c) => isWithinScope(c, r.village_code))) return false;
  return isVoter(factsOf(r), e.votingDate);
}
