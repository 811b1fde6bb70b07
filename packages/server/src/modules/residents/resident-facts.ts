import type { ResidentFacts } from '@sigap/domain';
import type { ResidentRow } from '../../db/schema';

/** A stored resident as the domain rules (eligibility, voters, presence) read it. */
export function factsOf(r: ResidentRow): ResidentFacts {
  return {
    birthDate: r.birth_date,
    maritalStatus: r.marital_status,
    citizenship: r.citizenship,
    stayPermit: r.stay_permit,
    lifeStatus: r.life_status,
    deathDate: r.life_status === 'DECEASED' ? r.life_status_date : null,
    movedOutDate: r.life_status === 'MOVED_OUT' ? r.life_status_date : null,
  };
}
