import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';
import { partitionByProvince } from '../engine/pg-partitions';

/**
 * PostgreSQL only (issue 17, docs/scale.md): residents partitioned by province, so a province's reads and
 * writes touch its own partition and a nation's worth of residents stays many province-sized tables. SQLite
 * serves one office or one province and keeps its tables whole. The counter tables stay whole too: they are
 * small (one row per bucket, not per resident), every read of them is an index range scan of a few thousand
 * rows, and partitioned they made the national read plan its ten range scans over every province's
 * partition: 100–180 ms of planning per national coverage request, measured in the counters' property test.
 *
 * A partitioned table cannot hold a unique index without the partition key, so "a NIK exists once in the
 * nation" and "an id names one resident" move to `resident_niks`, an unpartitioned directory of every
 * resident's NIK, id and village. Triggers on the residents table keep it exact in the same statement as
 * the residents' own change, whichever writer made it: a second resident with a stored NIK fails on the
 * directory's primary key, as it failed on the residents' unique index before. The directory's village
 * lets a lookup by NIK reach the one partition that holds the resident.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  // Partitions for the provinces loaded so far; the regions loader adds the others as it loads them.
  const { rows } = await sql<{ code: string }>`select code from regions where level = 'province'`.execute(db);
  const provinces = rows.map((r) => r.code);
  await partitionByProvince(db, 'residents', 'village_code', provinces, [
    'residents_pkey',
    'residents_nik_key',
  ]);
  await sql`select setval(pg_get_serial_sequence('residents', 'id'), coalesce(max(id), 0) + 1, false)
    from residents`.execute(db);

  await sql`create table resident_niks (
    nik text primary key,
    village_code text collate "C" not null,
    resident_id bigint not null unique)`.execute(db);
  await sql`insert into resident_niks (nik, village_code, resident_id)
    select nik, village_code, id from residents`.execute(db);
  // Statement-level with transition tables: one set-based statement per residents statement, so a bulk
  // insert of 20,000 residents costs one insert of 20,000 directory rows, not 20,000 trigger calls.
  await sql`create function resident_niks_insert() returns trigger language plpgsql as $$
    begin
      insert into resident_niks (nik, village_code, resident_id)
        select nik, village_code, id from inserted;
      return null;
    end $$`.execute(db);
  await sql`create function resident_niks_update() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from updated n join previous o on o.id = n.id where o.nik <> n.nik) then
        raise exception 'a resident''s NIK cannot change' using errcode = '23514';
      end if;
      update resident_niks d set village_code = n.village_code
        from updated n join previous o on o.id = n.id
        where d.resident_id = n.id and o.village_code <> n.village_code;
      return null;
    end $$`.execute(db);
  await sql`create function resident_niks_delete() returns trigger language plpgsql as $$
    begin
      delete from resident_niks d using removed o where d.resident_id = o.id;
      return null;
    end $$`.execute(db);
  await sql`create function resident_niks_truncate() returns trigger language plpgsql as $$
    begin
      truncate resident_niks;
      return null;
    end $$`.execute(db);
  await sql`create trigger resident_niks_on_truncate after truncate on residents
    for each statement execute function resident_niks_truncate()`.execute(db);
  await sql`create trigger resident_niks_on_insert after insert on residents
    referencing new table as inserted for each statement execute function resident_niks_insert()`.execute(db);
  await sql`create trigger resident_niks_on_update after update on residents
    referencing old table as previous new table as updated
    for each statement execute function resident_niks_update()`.execute(db);
  await sql`create trigger resident_niks_on_delete after delete on residents
    referencing old table as removed for each statement execute function resident_niks_delete()`.execute(db);
}
