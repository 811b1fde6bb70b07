import type { ResidentRecord } from '@sigap/domain';
import { ensureElections } from '../../src/modules/elections';
import { applyResidentWrites } from '../../src/modules/residents/resident-write.service';
import type { ResidentPatch } from '../../src/modules/residents/resident-write.types';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { IMPORT_META, residentId, seedResidents } from '../residents/seed-residents';

/** A national election far ahead, so today is inside its default issuance window. */
export async function futureElection(env: TestEnv, name = 'Pemilu Uji Suket 2099'): Promise<number> {
  await ensureElections(env.handle, [
    { name, kind: 'pemilu', votingDate: '2099-02-14', regionCodes: ['ID'] },
  ]);
  const row = await env.handle.db
    .selectFrom('elections')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** A recorded (not yet PRR), unprinted resident of Kedaton with a phone, unless overridden. */
export async function resident(env: TestEnv, o: Partial<ResidentRecord> = {}): Promise<number> {
  const r = buildResident({ recordingStatus: 'SENT_FOR_ENROLLMENT', phone: '081234567890', ...o });
  await seedResidents(env, [r]);
  return residentId(env, r.nik);
}

/** Changes a resident through the one write path (as printing or a confirmed death does). */
export async function patchResident(env: TestEnv, id: number, patch: ResidentPatch): Promise<void> {
  const row = await env.handle.db
    .selectFrom('residents')
    .select('nik')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  await env.handle.db.transaction().execute(async (trx) => {
    const out = await applyResidentWrites(
      trx,
      env.handle.store,
      [{ kind: 'patch', nik: row.nik, patch }],
      IMPORT_META,
    );
    if (out.rejected.length > 0) throw new Error(JSON.stringify(out.rejected));
  });
}

export async function setBlanko(env: TestEnv, regency: string, onHand: number): Promise<void> {
  await env.handle.db
    .insertInto('stock_balances')
    .values({
      item: 'BLANKO',
      location_code: regency,
      on_hand: onHand,
      in_transit: 0,
      updated_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.columns(['item', 'location_code']).doUpdateSet({ on_hand: onHand }))
    .execute();
}
