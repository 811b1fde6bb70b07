import {
  LIFE_STATUSES,
  officeToday,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  type ResidentRecord,
  ROLES,
  residentStateViolations,
} from '@sigap/domain';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { applyResidentWrites, type ResidentWrite, type WriteMeta } from '../../src/modules/residents';
import { stateOf } from '../../src/modules/residents/resident-write.guards';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';

const VILLAGE = '18.71.02.1001';
const DISTRICT = '18.71.02';

/** Dates around the edges the rules care about: before birth, between steps, today, the future. */
const date = fc.option(
  fc.constantFrom(
    '1979-12-31',
    '2012-01-01',
    '2015-06-01',
    '2019-03-03',
    '2024-02-29',
    '2026-11-30',
    '2999-01-01',
  ),
  { nil: null },
);
const fields = fc.record(
  {
    recordingStatus: fc.constantFrom(...RECORDING_STATUSES),
    recordingDate: date,
    printStatus: fc.constantFrom(...PRINT_STATUSES),
    printedDate: date,
    handedOverDate: date,
    ikdActivatedDate: date,
    lifeStatus: fc.constantFrom(...LIFE_STATUSES),
    lifeStatusDate: date,
  },
  { requiredKeys: [] },
);
const evidence = fc.option(fc.record({ documentNo: fc.constant('DOK/1'), reason: fc.constant('Uji') }), {
  nil: undefined,
});

/** One write through one of the entry points: a SIAK extract, a status extract, a hand change, a death. */
const step = fc.record({
  who: fc.nat(5),
  entry: fc.constantFrom('import', 'status', 'manual', 'death'),
  role: fc.constantFrom(...ROLES),
  fields,
  evidence,
});

function metaOf(entry: string, role: (typeof ROLES)[number]): WriteMeta {
  const base = { actor: null, ip: null, scope: '18', audit: 'batch' as const };
  if (entry === 'import') return { ...base, source: 'import', enforceTransitions: false };
  if (entry === 'status') return { ...base, source: 'import', enforceTransitions: true };
  if (entry === 'death')
    return { ...base, source: 'death', role: 'operator_kabkota', enforceTransitions: false };
  return { ...base, source: 'manual', role, audit: 'each', enforceTransitions: true };
}

describeEachEngine('registry integrity: random writes through every entry point', (env) => {
  it('never store a forbidden state, and the counters stay equal to a naive scan', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        run++;
        const people: ResidentRecord[] = Array.from({ length: 6 }, (_, i) =>
          buildResident({ villageCode: VILLAGE, birthDate: '1980-01-01', fullName: `ACAK ${run} ${i}` }),
        );
        const db = env().handle.db;
        await db.transaction().execute((trx) =>
          applyResidentWrites(
            trx,
            env().handle.store,
            people.map((record) => ({ kind: 'upsert', record })),
            metaOf('import', 'superadmin'),
          ),
        );
        for (const s of steps) {
          const person = people[s.who] as ResidentRecord;
          const write: ResidentWrite =
            s.entry === 'import'
              ? { kind: 'upsert', record: { ...person, ...s.fields } }
              : { kind: 'patch', nik: person.nik, patch: s.fields, evidence: s.evidence };
          await db
            .transaction()
            .execute((trx) => applyResidentWrites(trx, env().handle.store, [write], metaOf(s.entry, s.role)));
        }
        const stored = await db
          .selectFrom('residents')
          .selectAll()
          .where(
            'nik',
            'in',
            people.map((p) => p.nik),
          )
          .execute();
        const today = officeToday(VILLAGE);
        for (const row of stored) expect(residentStateViolations(stateOf(row), today)).toEqual([]);
      }),
      { numRuns: 25, seed: 20261204 },
    );
    expect(await figuresFor(env().handle.db, DISTRICT, '2026-06-01')).toEqual(
      await naiveFigures(env().handle.db, DISTRICT, '2026-06-01'),
    );
  });
});
