import type { EquipmentList, EquipmentReply } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { addItem, auditOf } from './helpers';

describeEachEngine('equipment items', (env) => {
  it('records a regency printer, lists it with its status, and keeps an incident history', async () => {
    const op = await env().as('bandarlampung.operator');
    const r = await op.post<EquipmentReply>('/api/v1/equipment', {
      regionCode: '18.71',
      kind: 'card_printer',
      tag: 'CP-1871-UJI',
      name: 'Printer kantor',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.body.item.id;
    expect(r.body.item).toMatchObject({
      regionCode: '18.71',
      regionName: 'Kota Bandar Lampung',
      status: 'working',
    });
    expect(await auditOf(env(), 'equipment.create', id)).toHaveLength(1);

    const broke = await op.post<EquipmentReply>(`/api/v1/equipment/${id}/incidents`, {
      status: 'broken',
      reason: 'Ribbon macet, head rusak',
    });
    expect(broke.status).toBe(201);
    const fixing = await op.post<EquipmentReply>(`/api/v1/equipment/${id}/incidents`, {
      status: 'in_repair',
      reason: 'Dikirim ke vendor',
    });
    expect(fixing.body.item.status).toBe('in_repair');
    expect(fixing.body.incidents.map((i) => [i.fromStatus, i.toStatus])).toEqual([
      ['broken', 'in_repair'],
      ['working', 'broken'],
      [null, 'working'],
    ]);
    expect(fixing.body.incidents[0]).toMatchObject({
      reason: 'Dikirim ke vendor',
      by: 'bandarlampung.operator',
    });
    expect(await auditOf(env(), 'equipment.incident', id)).toHaveLength(2);
    expectError(
      await op.post(`/api/v1/equipment/${id}/incidents`, { status: 'in_repair', reason: 'lagi' }),
      409,
      'equipment_status_unchanged',
    );
    const list = await op.get<EquipmentList>('/api/v1/equipment');
    expect(list.body.items.find((i) => i.id === id)).toMatchObject({ status: 'in_repair' });
  });

  it('refuses a duplicate tag and an owner below the regency; changes notes with audit', async () => {
    const id = await addItem(env());
    const admin = await env().as('lampung.admin');
    const { body } = await admin.get<EquipmentReply>(`/api/v1/equipment/${id}`);
    expectError(
      await admin.post('/api/v1/equipment', {
        regionCode: '18',
        kind: 'other',
        tag: body.item.tag,
        name: 'x',
      }),
      409,
      'equipment_tag_taken',
    );
    expectError(
      await admin.post('/api/v1/equipment', {
        regionCode: '18.71.01',
        kind: 'other',
        tag: 'T-KEC',
        name: 'x',
      }),
      400,
      'equipment_owner_invalid',
    );
    const p = await admin.patch<EquipmentReply>(`/api/v1/equipment/${id}`, { notes: 'Lensa baru' });
    expect(p.body.item.notes).toBe('Lensa baru');
    const [audit] = await auditOf(env(), 'equipment.update', id);
    expect(JSON.parse(audit?.summary ?? '{}')).toEqual({ notes: { from: '', to: 'Lensa baru' } });
  });
});
