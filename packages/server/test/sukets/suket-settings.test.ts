import type { SuketReply, SuketSentByHand } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { futureElection, resident } from './helpers';

/** Issue 14: the suket number format is an office setting; the suket page sends by hand (wa.me). */
describeEachEngine('sukets: number format setting and send by hand', (env) => {
  const issue = async (residentId: number, electionId: number, deliver = true) =>
    (await env().as('bandarlampung.operator')).post<SuketReply>(`/api/v1/sukets/residents/${residentId}`, {
      electionId,
      deliver,
    });

  it('numbers with the default format, then with the regency office its own, validated', async () => {
    const el = await futureElection(env());
    const first = await issue(await resident(env()), el);
    expect(first.body.suket.number).toMatch(/^471\.13\/\d{4}\/DUKCAPIL\/1871\/\d{4}$/);
    const admin = await env().as('lampung.admin');
    for (const bad of [
      '471.13/DUKCAPIL/{regency}/{year}',
      '471.13/{seq:4}/DUKCAPIL/{year}',
      `${'X'.repeat(60)}{seq}{regency}`,
      'a\nb{seq}{regency}',
    ]) {
      const r = await admin.put('/api/v1/settings/suket_number_format', { scope: '18.71', value: bad });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
    }
    const ok = await admin.put('/api/v1/settings/suket_number_format', {
      scope: '18.71',
      value: '474.4/{seq:5}/{regency}/DISDUKCAPIL/{year}',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const second = await issue(await resident(env()), el);
    const year = second.body.suket.validFrom.slice(0, 4);
    // The series goes on (one per regency and year): the next number, in the office's own format.
    const seq = Number(first.body.suket.number.split('/')[1]) + 1;
    expect(second.body.suket.number).toBe(`474.4/${String(seq).padStart(5, '0')}/1871/DISDUKCAPIL/${year}`);
    // Another regency keeps the default.
    const setting = await admin.get<{ items: { key: string; value: unknown }[] }>(
      '/api/v1/settings?scope=18.01',
    );
    expect(setting.body.items.find((i) => i.key === 'suket_number_format')?.value).toBe(
      '471.13/{seq:4}/DUKCAPIL/{regency}/{year}',
    );
  });

  it('numbers the first sukets of two regencies apart on the default format (each regency its own series)', async () => {
    const el = await futureElection(env(), 'Pemilu Uji Nomor Antar Kabupaten 2099');
    const issueAs = async (username: string, villageCode: string) =>
      (await env().as(username)).post<SuketReply>(
        `/api/v1/sukets/residents/${await resident(env(), { villageCode })}`,
        { electionId: el, deliver: false },
      );
    const kedaton = await issueAs('bandarlampung.operator', '18.71.02.1003');
    const southLampung = await issueAs('admin', '18.01.04.2001');
    expect(kedaton.status, JSON.stringify(kedaton.body)).toBe(201);
    expect(southLampung.status, JSON.stringify(southLampung.body)).toBe(201);
    // South Lampung's own default series; Bandar Lampung's office set its format in the test above.
    expect(southLampung.body.suket.number).toMatch(/^471\.13\/\d{4}\/DUKCAPIL\/1801\/\d{4}$/);
    expect(kedaton.body.suket.number).toMatch(/\/1871\//);
  });

  it('gives the wa.me link of the suket message, queued when issuing did not, and records the opening', async () => {
    const el = await futureElection(env());
    const s = (await issue(await resident(env()), el, false)).body.suket;
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<SuketSentByHand>(`/api/v1/sukets/${s.id}/send-by-hand`, {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const link = new URL(r.body.waLink);
    expect(link.origin + link.pathname).toBe('https://wa.me/6281234567890');
    const text = link.searchParams.get('text') ?? '';
    expect(text).toContain(`suket Anda no. ${s.number} telah terbit`);
    expect(text).toMatch(/Cek keaslian: http:\/\/[^ ]+\/verifikasi-suket\?t=/);
    const msgs = await env()
      .handle.db.selectFrom('messages')
      .select(['id', 'state', 'opened_by'])
      .where('idempotency_key', '=', `suket_issued:${s.id}`)
      .execute();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]?.state).toBe('sent_by_hand');
    // Opening again gives the same message; a pimpinan may not send; no phone is refused with its reason.
    expect((await op.post<SuketSentByHand>(`/api/v1/sukets/${s.id}/send-by-hand`, {})).body.messageId).toBe(
      Number(msgs[0]?.id),
    );
    expectError(
      await (await env().as('lampung.pimpinan')).post(`/api/v1/sukets/${s.id}/send-by-hand`, {}),
      403,
      'forbidden',
    );
    const silent = (await issue(await resident(env(), { phone: null }), el)).body.suket;
    expectError(await op.post(`/api/v1/sukets/${silent.id}/send-by-hand`, {}), 422, 'suket_no_phone');
  });
});
