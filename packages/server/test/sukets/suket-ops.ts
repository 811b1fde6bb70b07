import { addDays, buildNik, PRINT_STATUSES, type ResidentRecord } from '@sigap/domain';
import fc from 'fast-check';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { ResidentPatch } from '../../src/modules/residents/resident-write.types';
import { endSuketInTrx, issueSuketInTrx } from '../../src/modules/sukets/sukets.commands';
import type { TestEnv } from '../helpers/test-env';
import { IMPORT_META } from '../residents/seed-residents';

/**
 * Random holders and operations for the suket counters' property test: issues with random validity,
 * revocations, prints (any print status, so a superseding print and an undone one), deaths and moves with
 * or without a date, marriages, birth date, citizenship and village changes, each with its own clock.
 */
export const VILLAGES = ['18.71.01.1001', '18.71.01.1002', '18.71.02.1001', '18.01.01.2001', '52.01.01.2001'];
export const VOTING_DAYS = ['2014-04-09', '2019-04-17', '2024-02-14', '2029-02-14'];
// With the regency: the default format repeats numbers across regencies, and the number is unique.
const FORMAT = '471.13/{seq:4}/{regency}/{year}';

const day = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
export const suketDay = fc.oneof(
  day('2012-01-01', '2030-12-31'),
  fc.constantFrom(...VOTING_DAYS, '2024-02-29'),
);
const birthDate = fc.oneof(
  day('1990-01-01', '2014-12-31'),
  fc.constantFrom('2008-02-29', '2007-02-14', '2007-02-15', '2002-04-17', '2012-02-29'),
);
const marital = fc.constantFrom('BELUM_KAWIN', 'BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI' as const);
const citizen = fc.constantFrom('WNI', 'WNI', 'WNI', 'KITAP', 'KITAS');
export const person = fc.record({ birthDate, marital, citizen, village: fc.constantFrom(...VILLAGES) });
type Person = typeof person extends fc.Arbitrary<infer T> ? T : never;

const who = fc.nat();
export const op = fc.oneof(
  // Mostly in the months before the election's voting day (as offices issue them), sometimes after it.
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      who,
      election: fc.nat(),
      before: fc.integer({ min: -60, max: 400 }),
      days: fc.integer({ min: 0, max: 900 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('issue' as const),
      who,
      election: fc.nat(),
      before: fc.integer({ min: 0, max: 120 }),
      days: fc.nat(200),
    }),
  },
  fc.record({ kind: fc.constant('revoke' as const), who, now: suketDay }),
  fc.record({
    kind: fc.constant('print' as const),
    who,
    now: suketDay,
    status: fc.constantFrom(...PRINT_STATUSES),
  }),
  fc.record({
    kind: fc.constant('life' as const),
    who,
    now: suketDay,
    life: fc.constantFrom('ALIVE', 'DECEASED', 'MOVED_OUT', 'DECEASED_UNDATED'),
    date: suketDay,
  }),
  fc.record({ kind: fc.constant('marriage' as const), who, marital }),
  fc.record({ kind: fc.constant('birth' as const), who, birthDate }),
  fc.record({ kind: fc.constant('citizen' as const), who, citizen }),
  fc.record({ kind: fc.constant('village' as const), who, village: fc.constantFrom(...VILLAGES) }),
);
export type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

export function toRecord(p: Person, serial: number): ResidentRecord {
  return {
    nik: buildNik({ districtCode: p.village.slice(0, 8), birthDate: p.birthDate, sex: 'L', serial }),
    noKk: '1871010101010001',
    fullName: `PEMEGANG ${serial}`,
    sex: 'L',
    birthPlace: 'X',
    birthDate: p.birthDate,
    maritalStatus: p.marital,
    citizenship: p.citizen === 'WNI' ? 'WNI' : 'WNA',
    stayPermit: p.citizen === 'WNI' ? null : p.citizen === 'KITAP' ? 'KITAP' : 'KITAS',
    religion: null,
    occupation: null,
    villageCode: p.village,
    address: 'A',
    phone: null,
    lifeStatus: 'ALIVE',
    lifeStatusDate: null,
    recordingStatus: 'SENT_FOR_ENROLLMENT',
    recordingDate: p.birthDate > '2011-06-01' ? p.birthDate : '2011-06-01',
    recordingPlace: null,
    printStatus: 'NOT_PRINTED',
    printedDate: null,
    handedOverDate: null,
    ikdActivatedDate: null,
  };
}

const at = (d: string) => new Date(`${d}T05:00:00Z`);

/** Applies one operation; false when the rules refused it (the comparison then reads the unchanged rows). */
export async function applyOp(
  env: TestEnv,
  ids: readonly number[],
  elections: readonly { id: number; votingDate: string }[],
  o: Op,
) {
  const { db } = env.handle;
  const id = ids[o.who % ids.length] as number;
  const r = await db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const active = await db
    .selectFrom('sukets')
    .selectAll()
    .where('resident_id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  const patch = async (p: ResidentPatch, now?: string) => {
    const meta = { ...IMPORT_META, now: now ? at(now) : undefined };
    const out = await db
      .transaction()
      .execute((trx) =>
        applyResidentWrites(trx, env.handle.store, [{ kind: 'patch', nik: r.nik, patch: p }], meta),
      );
    return out.updated > 0;
  };
  switch (o.kind) {
    case 'issue': {
      if (active) return false;
      const election = elections[o.election % elections.length] as (typeof elections)[number];
      const from = addDays(election.votingDate, -o.before);
      await db.transaction().execute((trx) =>
        issueSuketInTrx(
          trx,
          env.handle.store,
          {
            resident: { ...r, phone: null },
            electionId: election.id,
            validFrom: from,
            validUntil: addDays(from, o.days),
            numberFormat: FORMAT,
            deliverVia: null,
          },
          { actor: null, ip: null },
          at(from),
        ),
      );
      return true;
    }
    case 'revoke':
      if (!active) return false;
      return db
        .transaction()
        .execute((trx) =>
          endSuketInTrx(
            trx,
            env.handle.store,
            active,
            { status: 'revoked', reason: 'manual', note: 'uji' },
            { actor: null, ip: null },
            at(o.now),
          ),
        );
    case 'print':
      // A card is printed for a print-ready record, each step on its date (the write path's rules).
      return patch(
        o.status === 'NOT_PRINTED'
          ? { printStatus: o.status, printedDate: null, handedOverDate: null }
          : {
              recordingStatus: 'PRINT_READY_RECORD',
              printStatus: o.status,
              printedDate: o.now,
              handedOverDate: o.status === 'HANDED_OVER' ? o.now : null,
            },
        o.now,
      );
    case 'life':
      return patch(
        o.life === 'ALIVE'
          ? { lifeStatus: 'ALIVE', lifeStatusDate: null }
          : {
              lifeStatus: o.life === 'DECEASED_UNDATED' ? 'DECEASED' : o.life,
              // Not after the clock of the change (a date in the future is refused).
              lifeStatusDate: o.life === 'DECEASED_UNDATED' ? null : [o.date, o.now].sort()[0],
            },
        o.now,
      );
    case 'marriage':
      return patch({ maritalStatus: o.marital });
    case 'birth':
      return patch({ birthDate: o.birthDate });
    case 'citizen':
      return patch({
        citizenship: o.citizen === 'WNI' ? 'WNI' : 'WNA',
        stayPermit: o.citizen === 'WNI' ? null : o.citizen === 'KITAP' ? 'KITAP' : 'KITAS',
      });
    case 'village':
      return patch({ villageCode: o.village });
  }
}
