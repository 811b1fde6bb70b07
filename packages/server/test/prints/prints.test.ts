import type {
  AwaitingHandoverReply,
  Prefill,
  PrintBatchReply,
  PrintCardReply,
  PrintQueuePage,
  ReconciliationReply,
} from '@sigap/contracts';
import { expect, it } from 'vitest';
import { officeHasBlanko } from '../../src/modules/prints';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { daysAgo } from '../stock/helpers';
import { onHand, printedCount, receive, seedPrr } from './helpers';

describeEachEngine('prints', (env) => {
  it('orders the queue: voters of the next election first, by district, oldest PRR first; filters', async () => {
    const [a, b, c, d] = await seedPrr(env(), [
      { villageCode: '18.71.02.1001', recordingDate: '2021-01-05', fullName: 'ANTRE SATU' },
      { villageCode: '18.71.01.1001', recordingDate: '2022-06-01', fullName: 'ANTRE DUA' },
      { villageCode: '18.71.01.1002', recordingDate: '2020-02-01', fullName: 'ANTRE TIGA' },
      // A foreigner with a permanent stay permit must hold an e-KTP but does not vote.
      {
        villageCode: '18.71.01.1001',
        recordingDate: '2019-01-01',
        citizenship: 'WNA',
        stayPermit: 'KITAP',
        fullName: 'ANTRE EMPAT',
      },
    ]);
    const admin = await env().as('admin');
    const election = await admin.post('/api/v1/elections', {
      name: 'Pilkada Uji Cetak 2029',
      kind: 'pilkada',
      votingDate: '2029-11-28',
      regionCodes: ['18.71'],
    });
    expect(election.status).toBe(201);
    const op = await env().as('bandarlampung.operator');
    const q = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71');
    expect(q.status).toBe(200);
    expect(q.body.votingDay).toBe('2029-11-28');
    expect(q.body.items.map((i) => i.id)).toEqual([c, b, a, d]);
    expect(q.body.items.map((i) => i.voter)).toEqual([true, true, true, false]);
    const district = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71&district=18.71.02');
    expect(district.body.items.map((i) => i.id)).toEqual([a]);
    const named = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71&q=antre%20dua');
    expect(named.body.items.map((i) => i.id)).toEqual([b]);
    const paged = await op.get<PrintQueuePage>('/api/v1/prints/queue?office=18.71&page=2&pageSize=3');
    expect([paged.body.total, paged.body.items.map((i) => i.id)]).toEqual([4, [d]]);
    const audits = await env()
      .handle.db.selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'print.queue')
      .execute();
    // Page 1 is audited once per opening (three openings above), page 2 is the same reading.
    expect(audits.length).toBe(3);
    expectError(await op.get('/api/v1/prints/queue?office=18.71.01'), 400, 'print_office_invalid');
  });

  it('prints through the write path: printed +1, one blanko, a ribbon and a film loaded, card ready', async () => {
    await receive(env(), '18.71', 'BLANKO', 5);
    await receive(env(), '18.71', 'RIBBON', 2);
    await receive(env(), '18.71', 'FILM', 2);
    const [id] = await seedPrr(env(), [{ phone: '081234567001', fullName: 'CETAK SATU' }]);
    const before = await printedCount(env(), '18.71');
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<PrintCardReply>(`/api/v1/prints/residents/${id}`, {});
    expect(r.status).toBe(201);
    expect(r.body.card).toMatchObject({ residentId: id, officeCode: '18.71', spoiled: false });
    expect(await printedCount(env(), '18.71')).toBe(before + 1);
    expect(await onHand(env(), 'BLANKO', '18.71')).toBe(4);
    expect(await onHand(env(), 'RIBBON', '18.71')).toBe(1);
    expect(await onHand(env(), 'FILM', '18.71')).toBe(1);
    // The daily report suggests the ledger's blanko on hand.
    const prefill = await op.get<Prefill>(
      `/api/v1/daily-reports/prefill?regency=18.71&date=${daysAgo(0, '18.71')}`,
    );
    expect(prefill.body.blankoStock).toBe(4);
    const db = env().handle.db;
    const history = await db
      .selectFrom('resident_history')
      .select(['source', 'to_value'])
      .where('resident_id', '=', id as number)
      .where('field', '=', 'print')
      .execute();
    expect(history).toEqual([{ source: 'print', to_value: 'PRINTED' }]);
    const msg = await db
      .selectFrom('messages')
      .select(['kind'])
      .where('recipient_resident_id', '=', id as number)
      .execute();
    expect(msg).toEqual([{ kind: 'card_ready' }]);
    // The same resident again: no longer waiting, nothing consumed.
    expectError(await op.post(`/api/v1/prints/residents/${id}`, {}), 409, 'print_not_waiting');
    expect(await onHand(env(), 'BLANKO', '18.71')).toBe(4);
    // The second card prints on the ribbon and film already in use.
    const [next] = await seedPrr(env(), [{}]);
    expect((await op.post(`/api/v1/prints/residents/${next}`, {})).status).toBe(201);
    expect([await onHand(env(), 'BLANKO', '18.71'), await onHand(env(), 'RIBBON', '18.71')]).toEqual([3, 1]);
    // The office finds the ribbon empty after two cards: the measured yield; the next print loads a new one.
    const fin = await op.post('/api/v1/prints/rolls/finish', { office: '18.71', item: 'RIBBON' });
    expect(fin.body).toEqual({ item: 'RIBBON', cards: 2 });
  });

  it('a spoiled card needs a reason, consumes a blanko and leaves the resident waiting', async () => {
    const [id] = await seedPrr(env(), [{}]);
    const op = await env().as('bandarlampung.loket');
    const blanko = await onHand(env(), 'BLANKO', '18.71');
    const printed = await printedCount(env(), '18.71');
    expectError(
      await op.post(`/api/v1/prints/residents/${id}`, { spoiled: true }),
      400,
      'print_spoil_reason_required',
    );
    const r = await op.post<PrintCardReply>(`/api/v1/prints/residents/${id}`, {
      spoiled: true,
      reason: 'Tinta luntur',
    });
    expect(r.status).toBe(201);
    expect(r.body.card).toMatchObject({ spoiled: true, spoilReason: 'Tinta luntur' });
    expect(await onHand(env(), 'BLANKO', '18.71')).toBe(blanko - 1);
    expect(await printedCount(env(), '18.71')).toBe(printed);
    const line = await env()
      .handle.db.selectFrom('stock_lines')
      .select(['move', 'reason'])
      .orderBy('id', 'desc')
      .where('item', '=', 'BLANKO')
      .executeTakeFirstOrThrow();
    expect(line).toEqual({ move: 'spoil', reason: 'Tinta luntur' });
  });

  it('hands over to a family member through the write path', async () => {
    const [id] = await seedPrr(env(), [{ fullName: 'SERAH TERIMA' }]);
    const op = await env().as('bandarlampung.loket');
    expectError(
      await op.post(`/api/v1/prints/residents/${id}/handover`, { receivedBy: 'resident' }),
      409,
      'print_not_printed',
    );
    expect((await op.post(`/api/v1/prints/residents/${id}`, {})).status).toBe(201);
    const waiting = await op.get<AwaitingHandoverReply>('/api/v1/prints/awaiting-handover?office=18.71');
    expect(waiting.body.items.map((c) => c.residentId)).toContain(id);
    expectError(
      await op.post(`/api/v1/prints/residents/${id}/handover`, { receivedBy: 'parent' }),
      400,
      'print_receiver_name_required',
    );
    const r = await op.post(`/api/v1/prints/residents/${id}/handover`, {
      receivedBy: 'parent',
      receiverName: 'IBU SERAH',
    });
    expect(r.status).toBe(200);
    const db = env().handle.db;
    const res = await db
      .selectFrom('residents')
      .select(['print_status'])
      .where('id', '=', id as number)
      .executeTakeFirstOrThrow();
    expect(res.print_status).toBe('HANDED_OVER');
    const card = await db
      .selectFrom('print_cards')
      .select(['received_by', 'receiver_name'])
      .where('resident_id', '=', id as number)
      .executeTakeFirstOrThrow();
    expect(card).toEqual({ received_by: 'parent', receiver_name: 'IBU SERAH' });
    const after = await op.get<AwaitingHandoverReply>('/api/v1/prints/awaiting-handover?office=18.71');
    expect(after.body.items.map((c) => c.residentId)).not.toContain(id);
  });

  it('refuses without blanko (pointing to the suket); a batch says which were printed and why not', async () => {
    const ids = await seedPrr(env(), [
      { villageCode: '18.72.01.1001' },
      { villageCode: '18.72.01.1001' },
      { villageCode: '18.72.01.1001' },
    ]);
    const admin = await env().as('admin');
    expect(await officeHasBlanko(env().handle, '18.72')).toBe(false);
    const none = expectError(
      await admin.post(`/api/v1/prints/residents/${ids[0]}`, {}),
      409,
      'print_no_blanko',
    );
    expect(none.message).toContain('suket');
    await receive(env(), '18.72', 'BLANKO', 2);
    await receive(env(), '18.72', 'RIBBON', 1);
    await receive(env(), '18.72', 'FILM', 1);
    expect(await officeHasBlanko(env().handle, '18.72')).toBe(true);
    const batch = await admin.post<PrintBatchReply>('/api/v1/prints/batch', {
      office: '18.72',
      residentIds: ids,
    });
    expect(batch.status).toBe(200);
    expect(batch.body.printed).toBe(2);
    expect(batch.body.refused.map((r) => [r.residentId, r.error])).toEqual([[ids[2], 'print_no_blanko']]);
    expect(await officeHasBlanko(env().handle, '18.72')).toBe(false);
  });

  it('concurrent prints of the last blanko: exactly one succeeds', async () => {
    const ids = await seedPrr(env(), [
      { villageCode: '18.72.01.1001' },
      { villageCode: '18.72.01.1001' },
      { villageCode: '18.72.01.1001' },
    ]);
    await receive(env(), '18.72', 'BLANKO', 1);
    const admin = await env().as('admin');
    const answers = await Promise.all(ids.map((id) => admin.post(`/api/v1/prints/residents/${id}`, {})));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await onHand(env(), 'BLANKO', '18.72')).toBe(0);
  });

  it('reconciles blanko consumed with cards printed in Sigap and by SIAK imports, and spoiled', async () => {
    // A card printed on SIAK's own workstation arrives by import: no blanko left Sigap's ledger for it.
    const siak = buildResident({ villageCode: '18.72.01.1001', recordingStatus: 'PRINT_READY_RECORD' });
    await seedResidents(env(), [siak]);
    await seedResidents(env(), [{ ...siak, printStatus: 'PRINTED', printedDate: '2026-01-05' }]);
    const prov = await env().as('lampung.admin');
    const r = await prov.get<ReconciliationReply>('/api/v1/prints/reconciliation');
    expect(r.status).toBe(200);
    const byCode = new Map(r.body.rows.map((x) => [x.regionCode, x]));
    // 18.71: 4 blanko (3 printed, 1 spoiled); 18.72: 3 printed, 1 imported → a gap of −1.
    expect(byCode.get('18.71')).toMatchObject({ blankoConsumed: 4, printedInSigap: 3, spoiled: 1, gap: 0 });
    expect(byCode.get('18.72')).toMatchObject({
      blankoConsumed: 3,
      printedInSigap: 3,
      printedByImport: 1,
      gap: -1,
    });
    expectError(
      await (await env().as('ntb.admin')).get('/api/v1/prints/reconciliation?region=18'),
      403,
      'out_of_scope',
    );
  });
});
