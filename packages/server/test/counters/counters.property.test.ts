import {
  addYears,
  buildNik,
  EARLIEST_REFERENCE_DATE,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  type ResidentRecord,
} from '@sigap/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { FLOOR_BIRTH_DATE } from '../../src/modules/counters/counter-key';
import {
  applyResidentWrites,
  inResidentTransaction,
} from '../../src/modules/residents/resident-write.service';
import type { ResidentWrite } from '../../src/modules/residents/resident-write.types';
import { naiveFigures } from '../helpers/naive-scan';
import { IMPORT_META } from '../helpers/resident-factory';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { portableOracle } from '../oracle/portable-oracle';

const VILLAGES = ['18.71.01.1001', '18.71.01.1002', '18.71.02.1001', '18.01.01.2001', '52.01.01.2001'];
const REGIONS = ['ID', '18', '18.71', '18.71.01', '18.71.01.1001', '52', '52.01.01.2001', '18.01'];

const isoDate = fc
  .date({ min: new Date('1935-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Birthdays that sit on the boundaries the counters must get exactly right, including either side of the
// floor bucket (everyone born on or before FLOOR_BIRTH_DATE shares one bucket).
const birthDate = fc.oneof(
  isoDate,
  fc.constantFrom('2008-02-29', '2007-02-14', '2007-02-15', '2007-11-27', '2000-02-29'),
  fc.constantFrom('1988-12-31', FLOOR_BIRTH_DATE, '1989-01-02', '1989-01-31', '1994-01-01', '1993-12-31'),
);
// Reference dates from the earliest supported one, with the epoch itself and its boundaries.
const referenceDate = fc.oneof(
  isoDate.filter((d) => d >= EARLIEST_REFERENCE_DATE),
  fc.constantFrom(EARLIEST_REFERENCE_DATE, '2011-01-31', '2011-02-01', '2016-01-01'),
);
const optionalDate = fc.option(isoDate, { nil: null });

const residentFacts = fc.record({
  birthDate,
  sex: fc.constantFrom('L' as const, 'P' as const),
  maritalStatus: fc.constantFrom(
    'BELUM_KAWIN' as const,
    'BELUM_KAWIN' as const,
    'KAWIN' as const,
    'CERAI_HIDUP' as const,
    'CERAI_MATI' as const,
  ),
  citizen: fc.constantFrom('WNI', 'WNI', 'WNI', 'KITAP', 'KITAS'),
  life: fc.constantFrom('ALIVE', 'ALIVE', 'ALIVE', 'DECEASED', 'MOVED_OUT', 'DECEASED_UNDATED'),
  exitDate: isoDate,
  villageCode: fc.constantFrom(...VILLAGES),
  recordingStatus: fc.constantFrom(...RECORDING_STATUSES),
  printStatus: fc.constantFrom(...PRINT_STATUSES),
  ikdActivatedDate: optionalDate,
});
type Facts = typeof residentFacts extends fc.Arbitrary<infer T> ? T : never;

function toRecord(f: Facts, serial: number): ResidentRecord {
  const district = f.villageCode.split('.').slice(0, 3).join('.');
  return {
    nik: buildNik({ districtCode: district, birthDate: f.birthDate, sex: f.sex, serial }),
    noKk: '1871010101010001',
    fullName: `UJI ${serial}`,
    sex: f.sex,
    birthPlace: 'X',
    birthDate: f.birthDate,
    maritalStatus: f.maritalStatus,
    citizenship: f.citizen === 'WNI' ? 'WNI' : 'WNA',
    stayPermit: f.citizen === 'WNI' ? null : f.citizen === 'KITAP' ? 'KITAP' : 'KITAS',
    religion: null,
    occupation: null,
    villageCode: f.villageCode,
    address: 'A',
    phone: null,
    lifeStatus: f.life === 'DECEASED_UNDATED' ? 'DECEASED' : (f.life as ResidentRecord['lifeStatus']),
    lifeStatusDate: f.life === 'ALIVE' || f.life === 'DECEASED_UNDATED' ? null : f.exitDate,
    recordingStatus: f.recordingStatus,
    recordingDate: null,
    recordingPlace: null,
    printStatus: f.printStatus,
    printedDate: null,
    handedOverDate: null,
    ikdActivatedDate: f.ikdActivatedDate,
  };
}

/** A change to one of the residents already written: a status move, a death, a marriage, a move. */
const change = fc.record({
  target: fc.nat(),
  facts: residentFacts,
  fields: fc.subarray(['status', 'life', 'marriage', 'village', 'print'] as const, { minLength: 1 }),
});

/**
 * Alternates the engine's store (its native bulk path) and the portable Kysely oracle, so that runs mixing
 * both must still agree with the naive scan.
 */
let useStore = false;
async function write(env: TestEnv, writes: ResidentWrite[]): Promise<void> {
  useStore = !useStore;
  const store = useStore ? env.handle.store : portableOracle(env.handle.store);
  await env.handle.db.transaction().execute((trx) => applyResidentWrites(trx, store, writes, IMPORT_META));
}

describeEachEngine('counters equal a naive scan', (env) => {
  it('after random imports and changes, for every level and reference date', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(residentFacts, { minLength: 1, maxLength: 25 }),
        fc.array(change, { maxLength: 25 }),
        fc.array(referenceDate, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (people, changes, extraDates, grouped) => {
          const { db } = env().handle;
          await db.deleteFrom('residents').execute();
          await db.deleteFrom('resident_counts').execute();
          await db.deleteFrom('resident_counts_day').execute();
          const records = people.map((p, i) => toRecord(p, i + 1));
          // Every write of the run in its own transaction, or all in one transaction of several calls, the
          // way bulk jobs write (counters moved once, before the commit).
          const writeAll = async (apply: (writes: ResidentWrite[]) => Promise<unknown>) => {
            // Imported in two batches, the second repeating some rows (re-import must change nothing).
            await apply(
              records.slice(0, Math.ceil(records.length / 2)).map((record) => ({ kind: 'upsert', record })),
            );
            await apply(records.map((record) => ({ kind: 'upsert', record })));
            for (const c of changes) {
              const current = records[c.target % records.length] as ResidentRecord;
              const next = toRecord(c.facts, 9999);
              const patch: Partial<ResidentRecord> = {};
              if (c.fields.includes('status')) patch.recordingStatus = next.recordingStatus;
              if (c.fields.includes('print')) patch.printStatus = next.printStatus;
              if (c.fields.includes('life'))
                Object.assign(patch, { lifeStatus: next.lifeStatus, lifeStatusDate: next.lifeStatusDate });
              if (c.fields.includes('marriage')) patch.maritalStatus = next.maritalStatus;
              if (c.fields.includes('village')) patch.villageCode = next.villageCode;
              Object.assign(current, patch);
              await apply([{ kind: 'patch', nik: current.nik, patch }]);
            }
          };
          if (grouped)
            await inResidentTransaction(env().handle, (writer) =>
              writeAll((writes) => writer.apply(writes, IMPORT_META)),
            );
          else await writeAll((writes) => write(env(), writes));
          const dates = [
            ...extraDates,
            ...records.flatMap((r) => [
              addYears(r.birthDate, 17),
              r.birthDate,
              r.lifeStatusDate ?? '2024-02-14',
            ]),
          ];
          const supported = dates.filter((d) => d >= EARLIEST_REFERENCE_DATE);
          for (const date of supported.slice(0, 12)) {
            for (const region of REGIONS) {
              const fast = await figuresFor(db, region, date);
              const slow = await naiveFigures(db, region, date);
              expect(fast, `${region} on ${date}`).toEqual(slow);
            }
          }
        },
      ),
      { numRuns: 25, seed: 20241127 },
    );
  });
});

describeEachEngine('counters refuse reference dates before the epoch', (env) => {
  it('answers from EARLIEST_REFERENCE_DATE on and refuses the day before with a clear error', async () => {
    const { db } = env().handle;
    await expect(figuresFor(db, '18', EARLIEST_REFERENCE_DATE)).resolves.toBeDefined();
    await expect(figuresFor(db, '18', '2010-12-31')).rejects.toMatchObject({
      id: 'reference_date_too_early',
      status: 400,
    });
  });
});
