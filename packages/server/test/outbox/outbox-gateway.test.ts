import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import type { Config } from '../../src/config';
import type { MessageRow } from '../../src/db/schema';
import { buildJobHandlers } from '../../src/job-handlers';
import { JobWorker } from '../../src/modules/jobs';
import { claimDueJobs } from '../../src/modules/jobs/jobs.repository';
import { httpGatewayProvider, queueMessage, signCallback } from '../../src/modules/outbox';
import { type FakeGateway, startFakeGateway } from '../helpers/fake-gateway';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine } from '../helpers/test-env';

const SECRET = 'callback-secret-for-tests-0123456789';
const SUKET = {
  kind: 'suket_ready' as const,
  recipientPhone: '081298765432',
  regionCode: '18.71',
  params: { name: 'Budi Santoso', office: 'Disdukcapil Bandar Lampung', number: '470/123/2030' },
};

describeEachEngine('outbox http gateway', (env) => {
  let gateway: FakeGateway;
  let app: FastifyInstance;
  let config: Config;
  let key = 0;

  beforeAll(async () => {
    gateway = await startFakeGateway();
    const waGateway = { url: gateway.url, token: 'gw-token', callbackSecret: SECRET, timeoutMs: 300 };
    config = { ...env().config, waGateway };
    app = await buildApp({ handle: env().handle, config });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await gateway.close();
  });
  beforeEach(async () => {
    await env().handle.db.deleteFrom('jobs').execute();
    await env().handle.db.deleteFrom('messages').execute();
    gateway.requests.length = 0;
    gateway.script.length = 0;
  });

  const clock = testClock();
  const worker = () => new JobWorker(env().handle, buildJobHandlers(config), { now: clock });
  const queue = async () =>
    (await queueMessage(env().handle.db, { ...SUKET, idempotencyKey: `suket:${++key}` }, clock())).id;
  const message = (id: number): Promise<MessageRow> =>
    env().handle.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const callback = (report: object, signature?: string) => {
    const raw = JSON.stringify(report);
    return app.inject({
      method: 'POST',
      url: '/api/v1/messages/callback',
      headers: {
        'content-type': 'application/json',
        'x-sigap-signature': signature ?? signCallback(SECRET, raw),
      },
      payload: raw,
    });
  };

  it('accepted is sending, not delivered; the signed callback delivers it exactly once', async () => {
    const id = await queue();
    await worker().drain();
    expect(gateway.requests).toHaveLength(1);
    const sent = gateway.requests[0];
    expect(sent?.headers.authorization).toBe('Bearer gw-token');
    expect(sent?.headers['idempotency-key']).toBe(`suket:${key}`);
    expect(sent?.body).toMatchObject({ to: '6281298765432', template: 'sigap_suket_ready_v1' });
    const accepted = await message(id);
    expect(accepted).toMatchObject({
      state: 'sending',
      provider: 'http',
      provider_message_id: `gw-suket:${key}`,
    });
    expect(accepted.delivered_at).toBeNull();

    const first = await callback({ providerMessageId: `gw-suket:${key}`, status: 'delivered' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id, state: 'delivered', changed: true });
    const deliveredAt = (await message(id)).delivered_at;
    clock.advance(5_000);
    const dup = await callback({ providerMessageId: `gw-suket:${key}`, status: 'delivered' });
    expect(dup.json()).toMatchObject({ state: 'delivered', changed: false });
    const lateFailure = await callback({ providerMessageId: `gw-suket:${key}`, status: 'failed' });
    expect(lateFailure.json()).toMatchObject({ state: 'delivered', changed: false });
    expect((await message(id)).delivered_at).toBe(deliveredAt);
  });

  it('a bad signature is 401, an unknown id 404; neither changes anything', async () => {
    const id = await queue();
    await worker().drain();
    const report = { providerMessageId: `gw-suket:${key}`, status: 'delivered' };
    const forged = await callback(
      report,
      signCallback('another-secret-of-enough-length', JSON.stringify(report)),
    );
    expect(forged.statusCode).toBe(401);
    expect((await callback(report, 'sha256=00')).statusCode).toBe(401);
    expect((await callback({ providerMessageId: 'gw-never-sent', status: 'delivered' })).statusCode).toBe(
      404,
    );
    expect((await message(id)).state).toBe('sending');
  });

  it('a 500 is a temporary failure retried by the job backoff; the next 200 is accepted', async () => {
    gateway.script.push({ status: 500, body: { error: 'down' } });
    const id = await queue();
    const w = worker();
    await w.drain();
    expect(await message(id)).toMatchObject({ state: 'temp_failed', attempts: 1, last_error: 'gateway 500' });
    clock.advance(30_000);
    await w.drain();
    expect(gateway.requests).toHaveLength(2);
    expect(gateway.requests[1]?.headers['idempotency-key']).toBe(
      gateway.requests[0]?.headers['idempotency-key'],
    );
    expect(await message(id)).toMatchObject({ state: 'sending', attempts: 2 });
  });

  it('a timeout is temporary too', async () => {
    gateway.script.push('hang');
    const id = await queue();
    await worker().drain();
    expect(await message(id)).toMatchObject({ state: 'temp_failed', last_error: 'gateway timeout' });
  });

  it('a 400 is a permanent failure: not retried', async () => {
    gateway.script.push({ status: 400, body: { error: 'template not approved' } });
    const id = await queue();
    const w = worker();
    await w.drain();
    clock.advance(3_600_000);
    await w.drain();
    expect(gateway.requests).toHaveLength(1);
    expect(await message(id)).toMatchObject({ state: 'failed', attempts: 1 });
  });

  it('kill and resume: a job whose lease expired is re-run with the same idempotency key', async () => {
    const id = await queue();
    // The killed process claimed the job and reached the gateway, then died before recording the answer.
    const until = new Date(clock().getTime() + 60_000).toISOString();
    const [job] = await claimDueJobs(env().handle, 'killed', clock().toISOString(), until, 5);
    expect(job).toBeDefined();
    await httpGatewayProvider({ ...config.waGateway, url: gateway.url }).send(await message(id));
    expect((await message(id)).state).toBe('created');
    clock.advance(60_001);
    expect(await worker().drain()).toBe(1);
    expect(gateway.requests).toHaveLength(2);
    expect(new Set(gateway.requests.map((r) => r.headers['idempotency-key']))).toEqual(
      new Set([`suket:${key}`]),
    );
    expect(await message(id)).toMatchObject({ state: 'sending', provider_message_id: `gw-suket:${key}` });
  });
});
