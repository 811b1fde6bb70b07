import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';
import type { StoredDigest } from './engine-store';
import { BY_DIRECTORY } from './residents-pg-bulk';

/**
 * The import digests of residents (migration 0041) on PostgreSQL, by NIK through the NIK directory, so each
 * probe reaches the one province partition that holds the row (residents-pg-bulk.ts, "BY_DIRECTORY").
 */

export async function findImportDigestsPg(
  trx: Kysely<Database>,
  niks: readonly string[],
): Promise<Map<string, StoredDigest>> {
  const out = new Map<string, StoredDigest>();
  if (niks.length === 0) return out;
  const { rows } = await sql<{ nik: string; village_code: string; import_digest: string }>`
    select r.nik, r.village_code, r.import_digest ${BY_DIRECTORY}
    where d.nik = any(${niks}::text[]) and r.import_digest is not null`.execute(trx);
  for (const r of rows) out.set(r.nik, { village: r.village_code, digest: r.import_digest });
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
