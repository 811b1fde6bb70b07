import { expect, it } from 'vitest';
import { ensureElections } from '../../src/modules/elections';
import { expectError } from '../helpers/factories';
import { describeEachEngine, type TestEnv } from '../helpers/test-env';
import { lineOf, rollCsv, rollElection, seedWorld, startRoll, waitForRoll } from './helpers';

async function counts(env: TestEnv) {
  const { db } = env.handle;
  const n = async (t: 'voter_rolls' | 'voter_roll_rows' | 'booking_batches' | 'import_jobs') =>
    Number(
      (
        await db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return [
    await n('voter_rolls'),
    await n('voter_roll_rows'),
    await n('booking_batches'),
    await n('import_jobs'),
  ];
}

/**
 * A roll belongs to the region it was imported for: an office outside it neither lists, opens, sums up,
 * lists rows of, downloads nor uses it, and cannot import one there; the leadership role reads no lists;
 * a region outside the roll or an election held elsewhere is refused. Nothing is written on a refusal.
 */
describeEachEngine('voter-roll scopes', (env) => {
  it('keeps NTB and the leadership role out of a Lampung roll, writing nothing', async () => {
    const w = await seedWorld(env(), 'LINGKUP');
    const electionId = await rollElection(env());
    const started = await startRoll(env(), rollCsv([lineOf(w.notRecorded), lineOf(w.recorded)]), electionId);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const id = started.body.roll.id;
    const op = await env().as('bandarlampung.operator');
    expect((await waitForRoll(op, id)).classifiedAt).not.toBeNull();
    const before = await counts(env());

    const ntb = await env().as('lombokbarat.operator');
    const own = await ntb.get<{ items: { id: number }[] }>('/api/v1/voter-rolls');
    expect(own.status).toBe(200);
    expect(own.body.items.map((r) => r.id)).not.toContain(id);
    for (const url of [
      `/api/v1/voter-rolls/${id}`,
      `/api/v1/voter-rolls/${id}/summary`,
      `/api/v1/voter-rolls/${id}/rows?class=not_recorded`,
      `/api/v1/voter-rolls/${id}/rows.xlsx?class=not_recorded`,
      `/api/v1/voter-rolls/${id}/evidence?format=pdf`,
    ]) {
      expectError(await ntb.get(url), 403, 'out_of_scope');
    }
    expectError(
      await ntb.post(`/api/v1/voter-rolls/${id}/sets/not_recorded/use`, { as: 'outreach' }),
      403,
      'out_of_scope',
    );
    const intoLampung = await startRoll(env(), rollCsv([lineOf(w.prr)]), electionId, 'lombokbarat.operator');
    expectError(intoLampung, 403, 'out_of_scope');

    const chief = await env().as('lampung.pimpinan');
    expectError(await chief.get(`/api/v1/voter-rolls/${id}/rows?class=not_recorded`), 403, 'forbidden');

    // A province admin reads it, but only inside the roll's region.
    const province = await env().as('lampung.admin');
    expect((await province.get(`/api/v1/voter-rolls/${id}/summary`)).status).toBe(200);
    expectError(
      await province.get(`/api/v1/voter-rolls/${id}/summary?region=18.71.02`),
      422,
      'voter_roll_region_outside',
    );

    // An election held only in NTB cannot be the election of a Lampung roll.
    await ensureElections(env().handle, [
      { name: 'Pilkada NTB Uji', kind: 'pilkada', votingDate: '2029-11-27', regionCodes: ['52.01'] },
    ]);
    const ntbElection = await env()
      .handle.db.selectFrom('elections')
      .select('id')
      .where('name', '=', 'Pilkada NTB Uji')
      .executeTakeFirstOrThrow();
    expect((await startRoll(env(), rollCsv([lineOf(w.prr)]), Number(ntbElection.id))).status).toBe(404);
    expect(await counts(env())).toEqual(before);
  });
});
