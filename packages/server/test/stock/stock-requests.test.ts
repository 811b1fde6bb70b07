import type { CoverReply, StockRequestReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { daysAgo, docNo, expectLedgerWhole, onHand } from './helpers';

describeEachEngine('stock requests', (env) => {
  it('regency → province: draft, submitted, approved with another quantity, shipped, received', async () => {
    const admin = await env().as('admin');
    const prov = await env().as('lampung.admin');
    const op = await env().as('bandarlampung.operator');
    await prov.post('/api/v1/stock/receive', {
      location: '18',
      item: 'RIBBON',
      quantity: 40,
      occurredOn: daysAgo(9),
      documentNo: docNo(),
    });
    const draft = await op.post<StockRequestReply>('/api/v1/stock/requests', {
      location: '18.71',
      item: 'RIBBON',
      quantity: 12,
      note: 'Menjelang pilkada',
    });
    expect(draft.status).toBe(201);
    const r = draft.body.request;
    expect(r).toMatchObject({ status: 'draft', requesterCode: '18.71', supplierCode: '18', quantity: 12 });
    expect(r.suggestion?.item).toBe('RIBBON');
    const url = `/api/v1/stock/requests/${r.id}`;
    // Approving a draft, or approving as the requesting regency, is refused.
    expectError(await prov.post(`${url}/approve`, {}), 409, 'stock_request_state');
    expect((await op.post<StockRequestReply>(`${url}/submit`, {})).body.request.status).toBe('submitted');
    expectError(await op.post(`${url}/submit`, {}), 409, 'stock_request_state');
    expectError(await op.post(`${url}/approve`, {}), 403, 'forbidden');
    const approved = await prov.post<StockRequestReply>(`${url}/approve`, { quantity: 10 });
    expect(approved.body.request).toMatchObject({ status: 'approved', approvedQuantity: 10 });
    expectError(await prov.post(`${url}/reject`, { reason: 'Terlambat' }), 409, 'stock_request_state');
    const shipped = await prov.post<StockRequestReply>(`${url}/ship`, {
      documentNo: docNo(),
      occurredOn: daysAgo(2),
    });
    expect(shipped.body.request.status).toBe('shipped');
    expect(await onHand(env(), 'RIBBON', '18')).toBe(30);
    const shipmentId = shipped.body.request.shipmentId;
    await op.post(`/api/v1/stock/shipments/${shipmentId}/receive`, {
      accepted: 10,
      rejected: 0,
      receivedOn: daysAgo(1),
    });
    const done = await op.get<StockRequestReply>(url);
    expect(done.body.request.status).toBe('received');
    expect(done.body.request.events.map((e) => e.status)).toEqual([
      'draft',
      'submitted',
      'approved',
      'shipped',
      'received',
    ]);
    expect(await onHand(env(), 'RIBBON', '18.71')).toBe(10);
    void admin;
    await expectLedgerWhole(env());
  });

  it('a rejection needs a reason; province → centre is decided by the centre only', async () => {
    const admin = await env().as('admin');
    const prov = await env().as('lampung.admin');
    const op = await env().as('bandarlampung.operator');
    const a = (
      await op.post<StockRequestReply>('/api/v1/stock/requests', {
        location: '18.71',
        item: 'INK',
        quantity: 3,
      })
    ).body.request;
    await op.post(`/api/v1/stock/requests/${a.id}/submit`, {});
    expect((await prov.post(`/api/v1/stock/requests/${a.id}/reject`, {})).status).toBe(400);
    const rejected = await prov.post<StockRequestReply>(`/api/v1/stock/requests/${a.id}/reject`, {
      reason: 'Stok tinta provinsi habis',
    });
    expect(rejected.body.request).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Stok tinta provinsi habis',
    });
    expectError(
      await prov.post(`/api/v1/stock/requests/${a.id}/ship`, { documentNo: docNo(), occurredOn: daysAgo(0) }),
      409,
      'stock_request_state',
    );

    const up = (
      await prov.post<StockRequestReply>('/api/v1/stock/requests', {
        location: '18',
        item: 'BLANKO',
        quantity: 5000,
      })
    ).body.request;
    expect(up.supplierCode).toBe('ID');
    await prov.post(`/api/v1/stock/requests/${up.id}/submit`, {});
    expectError(
      await prov.post(`/api/v1/stock/requests/${up.id}/approve`, {}),
      409,
      'stock_request_not_supplier',
    );
    expect(
      (await admin.post<StockRequestReply>(`/api/v1/stock/requests/${up.id}/approve`, {})).body.request
        .approvedQuantity,
    ).toBe(5000);
    // The centre has nothing yet: shipping is refused and the request stays approved.
    expectError(
      await admin.post(`/api/v1/stock/requests/${up.id}/ship`, {
        documentNo: docNo(),
        occurredOn: daysAgo(0),
      }),
      409,
      'stock_negative',
    );
    expect((await admin.get<StockRequestReply>(`/api/v1/stock/requests/${up.id}`)).body.request.status).toBe(
      'approved',
    );
    expectError(
      await admin.post('/api/v1/stock/requests', { location: 'ID', item: 'BLANKO', quantity: 1 }),
      400,
      'stock_request_from_centre',
    );
  });

  it('days of cover per item and office, with alerts when the backlog exceeds the stock', async () => {
    const prov = await env().as('lampung.admin');
    await prov.post('/api/v1/stock/receive', {
      location: '18.72',
      item: 'BLANKO',
      quantity: 40,
      occurredOn: daysAgo(3),
      documentNo: docNo(),
    });
    const cover = await prov.get<CoverReply>('/api/v1/stock/cover?region=18');
    expect(cover.status).toBe(200);
    const row = cover.body.rows.find((r) => r.locationCode === '18.72' && r.item === 'BLANKO');
    expect(row).toMatchObject({ onHand: 40, stockCards: 40, backlog: 0, covered: true });
    expect(cover.body.yields).toEqual({ RIBBON: 500, FILM: 500 });
    expect(cover.body.rows.filter((r) => r.locationCode === '18').length).toBe(4);
  });
});
