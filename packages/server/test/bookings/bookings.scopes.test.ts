import { expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { makePoint, tomorrow } from './helpers';

const VILLAGE = '18.71.01.1002';

/** Office booking routes stay inside the officer's region, and only the roles of the table may use them. */
describeEachEngine('bookings scopes', (env) => {
  let pointId = 0;
  it('keeps office routes to their region and roles', async () => {
    pointId = await makePoint(env());
    const ntb = await env().as('ntb.admin');
    expectError(await ntb.get(`/api/v1/bookings/points/${pointId}/day`), 403, 'out_of_scope');
    const ntbOperator = await env().as('lombokbarat.operator');
    expectError(
      await ntbOperator.post(`/api/v1/bookings/points/${pointId}/invitations`, {
        kind: 'village',
        region: VILLAGE,
        service: 'recording',
        from: tomorrow(),
        to: tomorrow(),
      }),
      403,
      'out_of_scope',
    );
    const pimpinan = await env().as('lampung.pimpinan');
    expectError(await pimpinan.get(`/api/v1/bookings/points/${pointId}/day`), 403, 'forbidden');
    const admin = await env().as('lampung.admin');
    expect((await admin.get(`/api/v1/bookings/points/${pointId}/day`)).status).toBe(200);
    // The province admin reads the day list but does not invite (booking.invite is the regency's).
    expectError(
      await admin.post(`/api/v1/bookings/points/${pointId}/invitations`, {
        kind: 'village',
        region: VILLAGE,
        service: 'recording',
        from: tomorrow(),
        to: tomorrow(),
      }),
      403,
      'forbidden',
    );
    const op = await env().as('bandarlampung.operator');
    expectError(
      await op.post(`/api/v1/bookings/points/${pointId}/invitations`, {
        kind: 'village',
        region: '52.01.01.1001',
        service: 'recording',
        from: tomorrow(),
        to: tomorrow(),
      }),
      403,
      'out_of_scope',
    );
    expectError(
      await op.post(`/api/v1/bookings/points/${pointId}/invitations`, {
        kind: 'village',
        region: '18.71.01',
        service: 'recording',
        from: tomorrow(),
        to: tomorrow(),
      }),
      400,
      'booking_invitation_region_invalid',
    );
  });
});
