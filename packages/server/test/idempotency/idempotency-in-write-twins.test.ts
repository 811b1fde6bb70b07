import { randomUUID } from 'node:crypto';
import type { CallNextReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { AnswerElsewhere } from '../../src/http/answer-elsewhere';
import { claimInWrite, type WriteClaim } from '../../src/modules/idempotency';
import { describeEachEngine } from '../helpers/test-env';
import { issue, newPoint } from '../queue/helpers';
import { keyRowOf } from './helpers';

const KEY = 'idempotency-key';

/**
 * Call-next claims its Idempotency-Key in its own transaction as the booking's writes do (the booking's
 * cases are in idempotency-in-write.test.ts); and a twin that loses the claim leaves nothing behind.
 */
describeEachEngine('idempotency keys claimed in the write: call-next and twins', (env) => {
  const keyRow = (key: string) => keyRowOf(env().handle.db, key);

  it('replays a call-next: one ticket called, twins and retries answered the same ticket', async () => {
    const clerk = await env().as('bandarlampung.loket');
    const pointId = await newPoint(await env().as('bandarlampung.operator'), 2);
    for (const _ of [1, 2, 3]) await issue(clerk, pointId);
    const url = `/api/v1/queue/points/${pointId}/call-next`;
    const headers = { [KEY]: randomUUID() };
    const [a, b] = await Promise.all([
      clerk.post<CallNextReply>(url, { counterNo: 1 }, { headers }),
      clerk.post<CallNextReply>(url, { counterNo: 1 }, { headers }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.body.ticket?.id).toBe(a.body.ticket?.id);
    const again = await clerk.post<CallNextReply>(url, { counterNo: 1 }, { headers });
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(a.body);
    const called = await env()
      .handle.db.selectFrom('queue_tickets')
      .select('id')
      .where('service_point_id', '=', pointId)
      .where('status', '=', 'called')
      .execute();
    expect(called.map((t) => Number(t.id))).toEqual([a.body.ticket?.id]);
    // A new key calls the next ticket.
    const next = await clerk.post<CallNextReply>(url, { counterNo: 2 }, { headers: { [KEY]: randomUUID() } });
    expect(next.body.ticket?.id).not.toBe(a.body.ticket?.id);
  });

  it('rolls a losing twin’s whole transaction back and hands it the first answer', async () => {
    const claim = { principal: 'anon', key: randomUUID(), method: 'POST', path: '/x', requestHash: 'h' };
    const first: WriteClaim = {
      claim,
      inserted: false,
      stored: undefined,
      serialize: (body) => JSON.stringify(body),
      twin: () => new AnswerElsewhere(async () => null),
    };
    const second: WriteClaim = { ...first, inserted: false };
    const db = env().handle.db;
    const note = (trx: typeof db, key: string) =>
      trx
        .insertInto('idempotency_keys')
        .values({ ...claimRow(claim), key })
        .execute();
    await db.transaction().execute(async (trx) => {
      await claimInWrite(trx, first);
      await note(trx, `${claim.key}-first`);
    });
    await expect(
      db.transaction().execute(async (trx) => {
        await note(trx, `${claim.key}-second`);
        await claimInWrite(trx, second);
      }),
    ).rejects.toBeInstanceOf(AnswerElsewhere);
    expect([first.inserted, second.inserted]).toEqual([true, false]);
    expect(await keyRow(`${claim.key}-first`)).toBeDefined();
    expect(await keyRow(`${claim.key}-second`)).toBeUndefined();
  });
});

function claimRow(c: { principal: string; method: string; path: string; requestHash: string }) {
  return {
    principal: c.principal,
    method: c.method,
    path: c.path,
    request_hash: c.requestHash,
    status_code: null,
    content_type: null,
    response_body: null,
    created_at: new Date().toISOString(),
    completed_at: null,
  };
}
