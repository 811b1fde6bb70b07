import type { PrintQueuePage } from '@sigap/contracts';
import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { onHand, receive, seedPrr } from './helpers';

describeEachEngine('print scopes', (env) => {
  it('NTB reads, prints and hands over nothing of Lampung; roles without print.write are refused', async () => {
    await receive(env(), '18.71', 'BLANKO', 3);
    const [id] = await seedPrr(env(), [{ fullName: 'RAHASIA LAMPUNG' }]);
    const ntb = await env().as('lombokbarat.operator');
    expectError(await ntb.get('/api/v1/prints/queue?office=18.71'), 403, 'out_of_scope');
    expectError(await ntb.post(`/api/v1/prints/residents/${id}`, {}), 404, 'print_resident_not_found');
    expectError(
      await ntb.post(`/api/v1/prints/residents/${id}/handover`, { receivedBy: 'resident' }),
      404,
      'print_resident_not_found',
    );
    expectError(
      await ntb.post('/api/v1/prints/batch', { office: '18.71', residentIds: [id] }),
      403,
      'out_of_scope',
    );
    const own = await ntb.get<PrintQueuePage>('/api/v1/prints/queue?office=52.01');
    expect(own.body.items.map((i) => i.fullName)).not.toContain('RAHASIA LAMPUNG');
    // The province reads the queue and reconciliation but does not print; the head of office only reads.
    const prov = await env().as('lampung.admin');
    expect((await prov.get('/api/v1/prints/queue?office=18.71')).status).toBe(200);
    expectError(await prov.post(`/api/v1/prints/residents/${id}`, {}), 403, 'forbidden');
    const head = await env().as('lampung.pimpinan');
    expectError(await head.post(`/api/v1/prints/residents/${id}`, {}), 403, 'forbidden');
    expect(await onHand(env(), 'BLANKO', '18.71')).toBe(3);
  });
});
