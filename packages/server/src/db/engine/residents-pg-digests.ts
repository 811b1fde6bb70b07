import { NATIONAL_CODE } from '@sigap/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import type { StoredDigest } from './engine-store';
import { residentsTableOf } from './pg-partitions';

/**
 * The import digests of residents (migration 0041) on PostgreSQL.
 *
 * An import asks for a batch's NIKs (a thousand at a time while it repeats rows applied before), so the read
 * must be one probe of the NIK index per NIK whatever the planner knows: a lateral equality per NIK, on each
 * province's partition by its name, where the NIK index is the only one the condition can use (11 ms per
 * 1,000 NIKs among 200,000 residents). Measured on a partition not yet analysed (right after a large
 * import, or with autovacuum off): `nik = any(…)` on the partition became a scan of all its rows, 285 ms;
 * through the parent table with the scope's range, the NIK probes were combined with a scan of the
 * province's whole village range, 130 ms; through the NIK directory, the join was planned over every
 * partition for each batch and became a hash join over the province's rows, 220–730 ms.
 */

export async function findImportDigestsPg(
  trx: Kysely<Database>,
  niks: readonly string[],
  scope: string,
): Promise<Map<string, StoredDigest>> {
  const out = new Map<string, StoredDigest>();
  if (niks.length === 0) return out;
  // A national import may hold any province's residents: the directory says whose partitions to read (a
  // probe per NIK again: `nik = any(…)` on the directory became a scan of it, 5.5 ms per 1,000 NIKs, and so
  // did the lateral join without its LIMIT, which PostgreSQL flattens into a hash join).
  const provinces =
    scope === NATIONAL_CODE
      ? (
          await sql<{ province: string }>`select distinct left(d.village_code, 2) as province
            from unnest(${niks}::text[]) as n(nik)
            cross join lateral (select village_code from resident_niks d where d.nik = n.nik limit 1) d`.execute(
            trx,
          )
        ).rows.map((r) => r.province)
      : [scope.slice(0, 2)];
  for (const province of provinces) {
    const table = await residentsTableOf(trx, province);
    const { rows } = await sql<{ nik: string; village_code: string; import_digest: string }>`
      select n.nik, r.village_code, r.import_digest from unnest(${niks}::text[]) as n(nik)
      cross join lateral (
        select village_code, import_digest from ${sql.table(table)} r
        where r.nik = n.nik and r.import_digest is not null limit 1) r`.execute(trx);
    for (const r of rows) out.set(r.nik, { village: r.village_code, digest: r.import_digest });
  }
  return out;
}

export async function setImportDigestsPg(
  trx: Kysely<Database>,
  digests: readonly { nik: string; digest: string }[],
): Promise<void> {
  if (digests.length === 0) return;
  await sql`
    update residents r set import_digest = v.digest
    from unnest(${digests.map((d) => d.nik)}::text[], ${digests.map((d) => d.digest)}::text[]) as v(nik, digest)
    join resident_niks d on d.nik = v.nik
    where r.village_code = d.village_code and r.id = d.resident_id`.execute(trx);
}
