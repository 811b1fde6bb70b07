import {
  buildNik,
  LIFE_STATUSES,
  MARITAL_STATUSES,
  PRINT_STATUSES,
  RECORDING_STATUSES,
  type ResidentRecord,
} from '@sigap/domain';
import fc from 'fast-check';
import type { Insertable, Kysely } from 'kysely';
import type { EngineStore } from '../../src/db/engine/engine-store';
import type { Database, ResidentHistoryTable } from '../../src/db/schema';
import { CounterDeltas } from '../../src/modules/counters/counter-deltas';
import { counterEntryOf } from '../../src/modules/counters/counter-key';
import { DATA_COLUMNS, type ResidentData, recordToData } from '../../src/modules/residents/resident-row';
import { sortedJson } from '../residents/seed-residents';

/**
 * One run of every EngineStore operation, generated: a committed base of residents (and their counters),
 * then lookups, signatures, inserts, partial updates, history and counter moves. `runScenario` returns what
 * the operations answered and the tables after them, so a store and the oracle can be compared.
 */

const VILLAGES = ['18.71.01.1001', '18.71.01.1002', '18.71.02.1001', '52.01.01.2001'];
const NOW = '2024-11-15T03:04:05.678Z';
/** Text that breaks naive SQL building: quotes, commas, non-ASCII, the signature separator, empty. */
const awkward = fc.constantFrom("O'BRIEN", 'JL. "MERDEKA", 1', 'ŞİTİ ÑUR 李', 'A\u001fB', '', ' ');
const text = fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'grapheme', maxLength: 6 }), awkward);
// PostgreSQL text cannot hold NUL.
const safeText = text.map((s) => s.replaceAll('\0', ''));
const isoDate = fc
  .date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionalDate = fc.option(isoDate, { nil: null });
const optionalText = fc.option(safeText, { nil: null });

const facts = fc.record({
  fullName: safeText,
  sex: fc.constantFrom('L' as const, 'P' as const),
  birthDate: isoDate,
  maritalStatus: fc.constantFrom(...MARITAL_STATUSES),
  citizenship: fc.constantFrom('WNI' as const, 'WNA' as const),
  stayPermit: fc.constantFrom(null, 'KITAP' as const, 'KITAS' as const),
  religion: optionalText,
  occupation: optionalText,
  villageCode: fc.constantFrom(...VILLAGES),
  address: safeText,
  phone: optionalText,
  lifeStatus: fc.constantFrom(...LIFE_STATUSES),
  lifeStatusDate: optionalDate,
  recordingStatus: fc.constantFrom(...RECORDING_STATUSES),
  recordingDate: optionalDate,
  recordingPlace: optionalText,
  printStatus: fc.constantFrom(...PRINT_STATUSES),
  printedDate: optionalDate,
  handedOverDate: optionalDate,
  ikdActivatedDate: optionalDate,
  qualityFlags: fc.subarray(['nik_birth_mismatch', 'kk_format']),
});
type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

function residentData(f: Facts, serial: number): ResidentData {
  const district = f.villageCode.split('.').slice(0, 3).join('.');
  const nik = buildNik({ districtCode: district, birthDate: f.birthDate, sex: f.sex, serial });
  const { qualityFlags, ...rest } = f;
  const record: ResidentRecord = { ...rest, nik, noKk: '1871010101010001', birthPlace: 'X' };
  return recordToData(record, qualityFlags);
}

const UPDATABLE = DATA_COLUMNS.filter((c) => c !== 'nik');

export const scenario = fc.record({
  base: fc.array(facts, { minLength: 1, maxLength: 10 }),
  fresh: fc.array(facts, { maxLength: 8 }),
  changes: fc.array(
    fc.record({ target: fc.nat(), facts, columns: fc.subarray(UPDATABLE, { minLength: 1 }) }),
    { maxLength: 8 },
  ),
  /** Base residents whose counters are taken away again (their buckets may empty and must be deleted). */
  removed: fc.array(fc.nat(), { maxLength: 4 }),
  history: fc.array(
    fc.record({
      field: fc.constantFrom('created', 'recording', 'print', 'life', 'ikd' as const),
      from: optionalText,
      to: optionalText,
      date: optionalDate,
    }),
  ),
});
export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

export function baseRows(s: Scenario): ResidentData[] {
  return s.base.map((f, i) => residentData(f, i + 1));
}

/** Writes the base (rows and counters) through `store` and commits it. */
export async function writeBase(db: Kysely<Database>, store: EngineStore, s: Scenario): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await store.residents(trx).insert(baseRows(s).map((d) => ({ ...d, created_at: NOW, updated_at: NOW })));
    const deltas = new CounterDeltas();
    for (const d of baseRows(s)) deltas.add(counterEntryOf(d), 1);
    await store.applyCounterDeltas(trx, deltas);
  });
}

/** Every operation of the scenario in `trx`: what each answered, then the tables. */
export async function runScenario(trx: Kysely<Database>, store: EngineStore, s: Scenario) {
  const bulk = store.residents(trx);
  const base = baseRows(s);
  const fresh = s.fresh.map((f, i) => residentData(f, 5000 + i));
  const lookups = [...base.map((d) => d.nik), ...fresh.map((d) => d.nik), '9999999999999999'];
  const found = await bulk.find(lookups);
  const signatures = await bulk.signatures(lookups);
  const ids = await bulk.insert(fresh.map((d) => ({ ...d, created_at: NOW, updated_at: NOW })));
  const stored = await bulk.find(fresh.map((d) => d.nik));
  const targets = new Map(s.changes.map((c) => [c.target % base.length, c]));
  const changes = [...targets].map(([i, c], k) => {
    const before = found.get((base[i] as ResidentData).nik);
    if (!before) throw new Error('a base resident was not found');
    return {
      id: before.id,
      // Every third change was read before another writer moved the resident: the village it names is
      // stale, and the update must still land (PostgreSQL's fallback by id alone).
      storedVillage: k % 3 === 2 ? '99.99.99.9999' : before.village_code,
      after: { ...residentData(c.facts, 9000 + i), nik: before.nik },
      columns: c.columns,
    };
  });
  await bulk.update(changes.map((c) => ({ ...c, updated_at: NOW })));
  // In NIK order: the order rows come back in differs between queries (and after updates on PostgreSQL).
  const residentIds = [...found.values(), ...stored.values()]
    .sort((a, b) => a.nik.localeCompare(b.nik))
    .map((r) => r.id);
  const history: Insertable<ResidentHistoryTable>[] = s.history.map((h, i) => ({
    resident_id: residentIds[i % residentIds.length] as number,
    field: h.field,
    from_value: h.from,
    to_value: h.to,
    event_date: h.date,
    recorded_at: NOW,
    source: 'import',
    user_id: null,
    import_job_id: null,
  }));
  await bulk.insertHistory(history);
  const deltas = new CounterDeltas();
  for (const d of fresh) deltas.move(undefined, counterEntryOf(d));
  for (const c of changes)
    deltas.move(counterEntryOf(found.get(c.after.nik) as ResidentData), counterEntryOf(c.after));
  for (const r of s.removed) deltas.move(counterEntryOf(base[r % base.length] as ResidentData), undefined);
  await store.applyCounterDeltas(trx, deltas);
  return {
    found: sortedJson([...found.values()]),
    signatures: [...signatures].sort(),
    insertedNiks: [...ids.keys()].sort(),
    idsAreTheStoredOnes: [...ids].every(([nik, id]) => stored.get(nik)?.id === id),
    tables: await tables(trx),
  };
}

/** The tables as engine-neutral sorted JSON; ids of new rows are left out (sequences differ between runs). */
async function tables(trx: Kysely<Database>) {
  const residents = await trx.selectFrom('residents').selectAll().execute();
  const history = await trx
    .selectFrom('resident_history as h')
    .innerJoin('residents as r', 'r.id', 'h.resident_id')
    .select(['r.nik', 'h.field', 'h.from_value', 'h.to_value', 'h.event_date', 'h.recorded_at', 'h.source'])
    .execute();
  return {
    residents: sortedJson(residents.map(({ id: _id, ...row }) => row)),
    history: sortedJson(history),
    monthly: sortedJson(await trx.selectFrom('resident_counts').selectAll().execute()),
    daily: sortedJson(await trx.selectFrom('resident_counts_day').selectAll().execute()),
  };
}
