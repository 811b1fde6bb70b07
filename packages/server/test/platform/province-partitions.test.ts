import { CompiledQuery, createQueryId, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Db, openDatabase } from '../../src/db/connect';
import { migrateToLatest } from '../../src/db/migrate';
import { oldestAlive } from '../../src/modules/burials/cemeteries.repository';
import { oldestAliveIn } from '../../src/modules/death-reports/death-reports.repository';
import { candidates } from '../../src/modules/field-lists/field-lists.repository';
import {
  residentsBornBetween,
  villageWithMostUnrecorded,
} from '../../src/modules/outreach/outreach-sites.repository';
import { queueTotal } from '../../src/modules/prints/prints-queue.repository';
import { loadOfficialRegions } from '../../src/modules/regions/regions.loader';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import { searchResidents } from '../../src/modules/residents/residents-search.repository';
import { unprintedRecordedResidents } from '../../src/modules/sukets/suket-batch.repository';
import { reverseCandidates } from '../../src/modules/voter-rolls/voter-roll-reverse.repository';
import type { VoterRollRow } from '../../src/modules/voter-rolls/voter-rolls.repository';
import { CaptureQueries } from '../helpers/capture-queries';
import { createTestDatabase, databaseUrl, dropTestDatabase } from '../helpers/postgres';
import { buildResident } from '../helpers/resident-factory';
import { IMPORT_META } from '../residents/seed-residents';

/**
 * Issue 17: on PostgreSQL residents are partitioned by province (migration 0039).
 * The main reads of a region must touch that province's partition only (checked on their real SQL with
 * EXPLAIN), and the NIK directory keeps "one NIK, one resident" across partitions.
 */
const PARTITIONED = /^residents_p(\d\d|other)$/;

function relations(plan: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(plan)) for (const p of plan) relations(p, out);
  else if (plan && typeof plan === 'object') {
    for (const [k, v] of Object.entries(plan)) {
      if (k === 'Relation Name' && typeof v === 'string') out.add(v);
      else relations(v, out);
    }
  }
  return out;
}

/** The relations a plan with ANALYZE actually read: scans run at least once ("Actual Loops" > 0). */
function executedRelations(plan: unknown, out = new Set<string>()): string[] {
  if (Array.isArray(plan)) for (const p of plan) executedRelations(p, out);
  else if (plan && typeof plan === 'object') {
    const node = plan as Record<string, unknown>;
    if (
      typeof node['Relation Name'] === 'string' &&
      Number(node['Actual Loops']) > 0 &&
      'Plans' in node === false
    )
      out.add(node['Relation Name']);
    for (const v of Object.values(node)) if (typeof v === 'object') executedRelations(v, out);
  }
  return [...out].sort();
}

const pgUnavailable = inject('postgresUnavailable');

describe.skipIf(pgUnavailable !== null)('province partitions [postgres]', () => {
  let name = '';
  let handle: Db;
  let ntbVillage = '';

  beforeAll(async () => {
    name = await createTestDatabase('partitions');
    handle = openDatabase({ engine: 'postgres', url: databaseUrl(name) });
    await migrateToLatest(handle);
    await loadOfficialRegions(handle, ['18', '52']);
    const v = await sql<{ code: string }>`select code from regions
      where level = 'village' and code like '52.%' order by code limit 1`.execute(handle.db);
    ntbVillage = v.rows[0]?.code ?? '';
    const writes = [
      buildResident({ villageCode: '18.71.01.1001', recordingStatus: 'PRINT_READY_RECORD' }),
      buildResident({ villageCode: ntbVillage }),
    ].map((record) => ({ kind: 'upsert' as const, record }));
    await handle.db
      .transaction()
      .execute((trx) => applyResidentWrites(trx, handle.store, writes, IMPORT_META));
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
    if (name) await dropTestDatabase(name);
  });

  it('splits residents into one partition per loaded province and a default', async () => {
    for (const table of ['residents']) {
      const { rows } = await sql<{ child: string }>`select c.relname as child from pg_inherits i
        join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
        where p.relname = ${table}`.execute(handle.db);
      // Lampung and NTB, whose regions are loaded, and the default partition.
      expect(rows.map((r) => r.child).sort(), table).toEqual([
        'residents_p18',
        'residents_p52',
        'residents_pother',
      ]);
    }
    const where = await sql<{ tableoid: string; village_code: string }>`
      select tableoid::regclass::text as tableoid, village_code from residents order by village_code`.execute(
      handle.db,
    );
    expect(where.rows.map((r) => r.tableoid)).toEqual(['residents_p18', 'residents_p52']);
  });

  it("keeps a region's main reads on its province's partitions (EXPLAIN of their real SQL)", async () => {
    const capture = new CaptureQueries();
    const db = handle.db.withPlugin(capture);
    const today = '2026-12-05';
    await searchResidents(db, { scope: '18', region: '18.71', match: 'prefix' }, { limit: 20, offset: 0 });
    await candidates(db, '18.71.01', 'not_recorded');
    await queueTotal(db, { office: '18.71', today, votingDay: null });
    await unprintedRecordedResidents(db, '18.71', 10);
    await residentsBornBetween(db, '18.71', '2000-01-01', '2009-12-31', 10);
    await villageWithMostUnrecorded(db, '18.71', '2009-12-31');
    await oldestAlive(db, '18.71', 0, 5);
    await oldestAliveIn(db, '18.71', 5);
    const roll = { id: 1, region_code: '18.71' } as VoterRollRow;
    for await (const _ of reverseCandidates(db, roll, { regionCodes: ['18'], votingDate: '2029-02-14' }))
      break;
    expect(capture.nodes.length).toBeGreaterThanOrEqual(10);
    for (const node of capture.nodes) {
      const compiled = handle.db.getExecutor().compileQuery(node, createQueryId());
      const explain = CompiledQuery.raw(`explain (format json) ${compiled.sql}`, [...compiled.parameters]);
      const { rows } = await handle.db.executeQuery<{ 'QUERY PLAN': unknown }>(explain);
      const touched = [...relations(rows[0]?.['QUERY PLAN'])].filter((r) => PARTITIONED.test(r));
      expect(touched.length, compiled.sql).toBeGreaterThan(0);
      expect(
        touched.filter((r) => !r.endsWith('_p18')),
        compiled.sql,
      ).toEqual([]);
    }
  });

  it('finds a resident by NIK whatever partition holds it', async () => {
    const nik = (
      await handle.db
        .selectFrom('residents')
        .select('nik')
        .where('village_code', '=', ntbVillage)
        .executeTakeFirstOrThrow()
    ).nik;
    const found = await handle.db.transaction().execute((trx) => handle.store.residents(trx).find([nik]));
    expect(found.get(nik)?.village_code).toBe(ntbVillage);
  });

  it("updates a resident inside its own province's partition only (EXPLAIN ANALYZE of the write path's update)", async () => {
    const capture = new CaptureQueries();
    const db = handle.db.withPlugin(capture);
    const lampung = await handle.db
      .selectFrom('residents')
      .select('nik')
      .where('village_code', '=', '18.71.01.1001')
      .executeTakeFirstOrThrow();
    await db.transaction().execute(async (trx) => {
      const store = handle.store.residents(trx);
      const row = (await store.find([lampung.nik])).get(lampung.nik);
      if (!row) throw new Error('the Lampung resident is missing');
      const now = new Date().toISOString();
      await store.update([
        {
          id: row.id,
          storedVillage: row.village_code,
          after: { ...row, address: 'JL. BARU' },
          columns: ['address'],
          updated_at: now,
        },
      ]);
    });
    const update = capture.nodes
      .map((node) => handle.db.getExecutor().compileQuery(node, createQueryId()))
      .find((q) => /^\s*update residents/.test(q.sql));
    if (!update) throw new Error('the update was not captured');
    // ANALYZE runs it: inside a transaction that is rolled back.
    const plan = await handle.db
      .transaction()
      .execute(async (trx) => {
        const explain = CompiledQuery.raw(`explain (analyze, format json) ${update.sql}`, [
          ...update.parameters,
        ]);
        const { rows } = await trx.executeQuery<{ 'QUERY PLAN': unknown }>(explain);
        throw { plan: rows[0]?.['QUERY PLAN'] };
      })
      .catch((e: { plan?: unknown }) => e.plan);
    expect(executedRelations(plan).filter((r) => PARTITIONED.test(r))).toEqual(['residents_p18']);
  });

  it('gives a province its partition when its regions are loaded, moving rows the default one held', async () => {
    const r = await handle.db
      .selectFrom('residents')
      .select('id')
      .where('village_code', '=', ntbVillage)
      .executeTakeFirstOrThrow();
    // A row of Aceh (11), whose regions are not loaded, sits in the default partition.
    await sql`update residents set village_code = '11.01.01.2001' where id = ${r.id}`.execute(handle.db);
    const where = () =>
      sql<{
        part: string;
      }>`select tableoid::regclass::text as part from residents where id = ${r.id}`.execute(handle.db);
    expect((await where()).rows).toEqual([{ part: 'residents_pother' }]);
    await handle.db.transaction().execute((trx) => handle.store.prepareProvinces(trx, ['11']));
    expect((await where()).rows).toEqual([{ part: 'residents_p11' }]);
    await handle.db.transaction().execute((trx) => handle.store.prepareProvinces(trx, ['11']));
    await sql`update residents set village_code = ${ntbVillage} where id = ${r.id}`.execute(handle.db);
    expect((await where()).rows).toEqual([{ part: 'residents_p52' }]);
  });

  it("classifies a one-province import batch on that province's partition, and a NIK stored in another province still reaches the write path", async () => {
    const lampung = '18.71.01.1001';
    const elsewhere = buildResident({ villageCode: ntbVillage });
    await handle.db
      .transaction()
      .execute((trx) =>
        applyResidentWrites(trx, handle.store, [{ kind: 'upsert', record: elsewhere }], IMPORT_META),
      );
    // A Lampung extract: one new resident, and the NTB resident now living in Lampung.
    const fresh = buildResident({ villageCode: lampung });
    const movedHere = { ...elsewhere, villageCode: lampung };
    const capture = new CaptureQueries();
    const db = handle.db.withPlugin(capture);
    const outcome = await db.transaction().execute((trx) =>
      applyResidentWrites(
        trx,
        handle.store,
        [fresh, movedHere].map((record) => ({ kind: 'upsert' as const, record })),
        IMPORT_META,
      ),
    );
    expect({ inserted: outcome.inserted, updated: outcome.updated, rejected: outcome.rejected }).toEqual({
      inserted: 1,
      updated: 1,
      rejected: [],
    });
    const where = await sql<{ nik: string; part: string; dir: string }>`
      select r.nik, r.tableoid::regclass::text as part, d.village_code as dir
      from residents r join resident_niks d on d.resident_id = r.id
      where r.nik in (${fresh.nik}, ${elsewhere.nik}) order by r.nik`.execute(handle.db);
    expect(where.rows.map((r) => [r.part, r.dir])).toEqual([
      ['residents_p18', lampung],
      ['residents_p18', lampung],
    ]);
    const classification = capture.nodes
      .map((node) => handle.db.getExecutor().compileQuery(node, createQueryId()).sql)
      .find((q) => q.includes('with cls as'));
    expect(classification).toMatch(/from "residents_p18" r0 where r0\.nik = s\.nik limit 1/);
  });

  it('keeps one resident per NIK across partitions, and the directory follows a move, a delete and a truncate', async () => {
    const r = await handle.db
      .selectFrom('residents')
      .select(['id', 'nik'])
      .where('village_code', '=', ntbVillage)
      .executeTakeFirstOrThrow();
    // A second row with the same NIK in another province is refused by the directory's primary key.
    const duplicate = sql`insert into residents (nik, no_kk, full_name, name_search, sex, birth_place, birth_date,
        marital_status, citizenship, village_code, address, life_status, recording_status, print_status,
        created_at, updated_at)
      select nik, no_kk, full_name, name_search, sex, birth_place, birth_date, marital_status, citizenship,
        '18.71.01.1001', address, life_status, recording_status, print_status, created_at, updated_at
      from residents where id = ${r.id}`;
    await expect(duplicate.execute(handle.db)).rejects.toThrow(/resident_niks_pkey/);

    // A move to Lampung moves the row to Lampung's partition and the directory with it.
    await sql`update residents set village_code = '18.71.01.1001' where id = ${r.id}`.execute(handle.db);
    const moved = await sql<{ part: string; dir: string }>`
      select r.tableoid::regclass::text as part, d.village_code as dir
      from residents r join resident_niks d on d.resident_id = r.id where r.id = ${r.id}`.execute(handle.db);
    expect(moved.rows).toEqual([{ part: 'residents_p18', dir: '18.71.01.1001' }]);
    await expect(
      sql`update residents set nik = '0000000000000000' where id = ${r.id}`.execute(handle.db),
    ).rejects.toThrow(/NIK cannot change/);
    await sql`delete from residents where id = ${r.id}`.execute(handle.db);
    const left = await sql<{
      n: string;
    }>`select count(*) as n from resident_niks where nik = ${r.nik}`.execute(handle.db);
    expect(Number(left.rows[0]?.n)).toBe(0);
    await sql`truncate residents`.execute(handle.db);
    const none = await sql<{ n: string }>`select count(*) as n from resident_niks`.execute(handle.db);
    expect(Number(none.rows[0]?.n)).toBe(0);
  });
});
