import type { SuketReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { batchPdf } from '../../src/modules/sukets/suket-batch.service';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { futureElection, resident, setBlanko } from './helpers';

describeEachEngine('sukets: issuance rules', (env) => {
  const issue = async (residentId: number, electionId: number, who = 'bandarlampung.operator') =>
    (await env().as(who)).post<SuketReply>(`/api/v1/sukets/residents/${residentId}`, { electionId });

  it('issues to a recorded resident: number, token, event, audit and the WhatsApp message', async () => {
    const el = await futureElection(env());
    const id = await resident(env());
    const r = await issue(id, el);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const s = r.body.suket;
    expect(s.number).toMatch(/^471\.13\/\d{4}\/DUKCAPIL\/1871\/\d{4}$/);
    expect(s).toMatchObject({ status: 'active', validUntil: '2099-12-31', regionCode: '18.71.01.1001' });
    expect(s.maskedName).toMatch(/^PE\*+ UJ\*+ /);
    const db = env().handle.db;
    const events = await db.selectFrom('suket_events').select('event').where('suket_id', '=', s.id).execute();
    expect(events.map((e) => e.event)).toEqual(['issued', 'delivery_queued']);
    const audit = await db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'suket')
      .where('entity_id', '=', String(s.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['suket.issue']);
    const msg = await db
      .selectFrom('messages')
      .select(['kind', 'text'])
      .where('recipient_resident_id', '=', id)
      .execute();
    expect(msg).toHaveLength(1);
    expect(msg[0]?.kind).toBe('suket_issued');
    expect(msg[0]?.text).toContain('/verifikasi-suket?t=');
  });

  it('refuses each rule with its reason', async () => {
    const el = await futureElection(env());
    const cases: [Parameters<typeof resident>[1], string][] = [
      [{ recordingStatus: 'UNREGISTERED', recordingDate: null }, 'suket_not_recorded'],
      [{ recordingStatus: 'PRINT_READY_RECORD', printStatus: 'PRINTED' }, 'suket_holds_card'],
      [{ lifeStatus: 'DECEASED' }, 'suket_deceased'],
    ];
    for (const [o, code] of cases) {
      const body = expectError(await issue(await resident(env(), o), el), 422, code);
      expect(body.details?.[0]?.code).toBe(code.replace('suket_', ''));
    }
    const once = await resident(env());
    expect((await issue(once, el)).status).toBe(201);
    expectError(await issue(once, el), 422, 'suket_already_active');
  });

  it('prints a PRR resident whose office has blanko instead, gives a suket when there is none', async () => {
    const el = await futureElection(env());
    const prr = await resident(env(), {
      recordingStatus: 'PRINT_READY_RECORD',
      villageCode: '18.71.01.1002',
    });
    await setBlanko(env(), '18.71', 25);
    const op = await env().as('bandarlampung.operator');
    const why = await op.get<{ refusals: { code: string }[] }>(
      `/api/v1/sukets/residents/${prr}/eligibility?electionId=${el}`,
    );
    expect(why.body.refusals.map((r) => r.code)).toEqual(['print_instead']);
    expectError(await issue(prr, el), 422, 'suket_print_instead');
    await setBlanko(env(), '18.71', 0);
    expect((await issue(prr, el)).status).toBe(201);
  });

  it('issues only inside the election window the province sets', async () => {
    const el = await futureElection(env(), 'Pilkada Uji Jendela');
    const admin = await env().as('lampung.admin');
    const bad = await admin.put(`/api/v1/sukets/elections/${el}/policy`, {
      issueFrom: null,
      issueUntil: '2099-12-31',
      validUntil: '2099-06-30',
      prrWithBlankoMustPrint: true,
    });
    expectError(bad, 400, 'suket_policy_invalid');
    const ok = await admin.put(`/api/v1/sukets/elections/${el}/policy`, {
      issueFrom: '2098-01-01',
      issueUntil: '2099-02-14',
      validUntil: '2099-06-30',
      prrWithBlankoMustPrint: true,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expectError(await issue(await resident(env()), el), 422, 'suket_outside_window');
  });
});

describeEachEngine('sukets: numbering under concurrency', (env) => {
  it('gives parallel issues in one regency consecutive numbers, no gap, no duplicate', async () => {
    const el = await futureElection(env());
    const ids = [];
    for (let i = 0; i < 8; i++) ids.push(await resident(env(), { villageCode: '18.71.02.1001' }));
    const op = await env().as('bandarlampung.operator');
    // One resident twice: its second issue loses on the one-active index and gives its number back.
    const all = [...ids, ids[0] as number].map((id) =>
      op.post<SuketReply>(`/api/v1/sukets/residents/${id}`, { electionId: el, deliver: false }),
    );
    const replies = await Promise.all(all);
    const ok = replies.filter((r) => r.status === 201);
    expect(ok).toHaveLength(8);
    const seqs = ok.map((r) => Number(r.body.suket.number.split('/')[1])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(8);
    expect((seqs.at(-1) as number) - (seqs[0] as number)).toBe(7);
    const seq = await env()
      .handle.db.selectFrom('suket_sequences')
      .selectAll()
      .where('regency_code', '=', '18.71')
      .execute();
    expect(Number(seq[0]?.last_number)).toBe(seqs.at(-1));
  });
});

describeEachEngine('sukets: failed deliveries', (env) => {
  it('lists active sukets whose message failed or had no phone, for field follow-up', async () => {
    const el = await futureElection(env());
    const op = await env().as('bandarlampung.operator');
    const noPhone = await resident(env(), { phone: null, villageCode: '18.71.03.1001' });
    const failed = await resident(env(), { villageCode: '18.71.03.1001' });
    const fine = await resident(env(), { villageCode: '18.71.03.1001' });
    const ids: Record<string, number> = {};
    for (const [k, id] of Object.entries({ noPhone, failed, fine })) {
      const r = await op.post<SuketReply>(`/api/v1/sukets/residents/${id}`, { electionId: el });
      ids[k] = r.body.suket.id;
    }
    const db = env().handle.db;
    await db
      .updateTable('messages')
      .set({ state: 'failed', last_error: 'undeliverable' })
      .where('idempotency_key', '=', `suket_issued:${ids.failed}`)
      .execute();
    await db
      .updateTable('messages')
      .set({ state: 'delivered' })
      .where('idempotency_key', '=', `suket_issued:${ids.fine}`)
      .execute();
    const r = await op.get<{ items: { id: number; messageState: string | null }[] }>(
      '/api/v1/sukets/undelivered?region=18.71.03',
    );
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => [i.id, i.messageState]).sort()).toEqual(
      [
        [ids.noPhone, null],
        [ids.failed, 'failed'],
      ].sort(),
    );
  });
});

describeEachEngine('sukets: batch issuance', (env) => {
  it('previews the count, runs the job with progress, and gives one combined PDF', async () => {
    const el = await futureElection(env());
    const village = '18.71.04.1001';
    for (let i = 0; i < 3; i++) await resident(env(), { villageCode: village });
    await resident(env(), { villageCode: village, recordingStatus: 'UNREGISTERED', recordingDate: null });
    const op = await env().as('bandarlampung.operator');
    const body = { electionId: el, region: '18.71.04' };
    const preview = await op.post<{ count: number }>('/api/v1/sukets/batches/preview', body);
    expect(preview.body).toEqual({ count: 3 });
    const started = await op.post<{ jobId: number; total: number }>('/api/v1/sukets/batches', body);
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const { jobId } = started.body;
    // The test app's job workers run it (the route wakes them); wait for the last suket.
    const progressUrl = `/api/v1/sukets/batches/progress?region=18.71.04&jobId=${jobId}`;
    let progress = await op.get<{ issued: number; total: number; state: string }>(progressUrl);
    for (let i = 0; i < 100 && progress.body.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      progress = await op.get(progressUrl);
    }
    expect(progress.body).toMatchObject({ issued: 3, total: 3, state: 'done' });
    const user = await env()
      .handle.db.selectFrom('users')
      .select('id')
      .where('username', '=', 'bandarlampung.operator')
      .executeTakeFirstOrThrow();
    const ctx = {
      user: {
        id: Number(user.id),
        username: 'bandarlampung.operator',
        fullName: 'Operator',
        role: 'operator_kabkota' as const,
        regionCode: '18.71',
      },
      ip: '127.0.0.1',
    };
    const pdf = await batchPdf(env().handle, ctx, { region: '18.71.04', jobId }, 'http://localhost');
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const cookieless = await env().as('lombokbarat.operator');
    expect((await cookieless.get(`/api/v1/sukets/batches/progress?region=52.01&jobId=${jobId}`)).status).toBe(
      404,
    );
    expect((await op.post<{ count: number }>('/api/v1/sukets/batches/preview', body)).body.count).toBe(0);
  });
});
