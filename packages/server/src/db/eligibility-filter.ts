import { type RawBuilder, type SqlBool, sql } from 'kysely';

/** The date 17 years before `date` as text (29 Feb stays 29 Feb: string order gives `ageOn`'s rule). */
function adultCutoff(date: string): string {
  return `${String(Number(date.slice(0, 4)) - 17).padStart(4, '0')}${date.slice(4)}`;
}

/** Born by `date` and neither dead nor moved out by then (`isPresentOn`), on `residents`' own columns. */
function presentOn(date: string) {
  return sql<SqlBool>`(
    birth_date <= ${date}
    and (life_status = 'ALIVE' or (life_status_date is not null and life_status_date > ${date}))
  )`;
}

/**
 * The wajib-KTP rule of `mustHoldId` in SQL, for filtering lists (the counters answer the totals):
 * present on the date, WNI or KITAP holder, and 17 by then or ever married.
 */
export function mustHoldIdOn(date: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(
    ${presentOn(date)}
    and (citizenship = 'WNI' or stay_permit = 'KITAP')
    and (marital_status <> 'BELUM_KAWIN' or birth_date <= ${adultCutoff(date)})
  )`;
}

/** `isVoter` in SQL: present on voting day, WNI, and 17 by then or ever married. */
export function isVoterOn(votingDate: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(
    ${presentOn(votingDate)}
    and citizenship = 'WNI'
    and (marital_status <> 'BELUM_KAWIN' or birth_date <= ${adultCutoff(votingDate)})
  )`;
}
