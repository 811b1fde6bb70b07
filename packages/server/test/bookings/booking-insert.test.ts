import { expect, it } from 'vitest';
import {
  insertBookingUnlessCodeTaken,
  type NewBooking,
} from '../../src/modules/bookings/booking-confirm.repository';
import { isUniqueViolation } from '../../src/modules/bookings/bookings.repository';
import { describeEachEngine } from '../helpers/test-env';

/**
 * A booking is inserted without looking its code up first: a code already taken must answer no row (the
 * caller draws another), while the other unique rule, one active booking per NIK and service, must still
 * refuse the insert. Both engines, since each decides which unique index an `on conflict` lets through.
 */
describeEachEngine('booking insert', (env) => {
  const at = '2026-12-05T01:00:00.000Z';
  const row = (code: string, nik: string): NewBooking => ({
    code,
    service_point_id: 1,
    region_code: '18.71.01',
    service: 'recording',
    date: '2099-01-05',
    slot_start: '08:00',
    slot_end: '09:00',
    nik,
    full_name: 'Peserta Uji',
    phone: null,
    status: 'confirmed',
    hold_expires_at: null,
    queue_number: 1,
    origin: 'online',
    batch_id: null,
    reminded_at: null,
    created_at: at,
    updated_at: at,
  });

  it('answers no row for a taken code and refuses a second active booking of the same NIK', async () => {
    const db = env().handle.db;
    const first = await insertBookingUnlessCodeTaken(db, row('UJIKODE2', '1871010101750001'));
    expect(first).toMatchObject({ code: 'UJIKODE2', nik: '1871010101750001', reschedule_count: 0 });
    expect(await insertBookingUnlessCodeTaken(db, row('UJIKODE2', '1871010101750002'))).toBeUndefined();
    const twice = await insertBookingUnlessCodeTaken(db, row('UJIKODE3', '1871010101750001')).then(
      () => null,
      (err: unknown) => err,
    );
    expect(isUniqueViolation(twice)).toBe(true);
    const other = await insertBookingUnlessCodeTaken(db, row('UJIKODE4', '1871010101750002'));
    expect(other?.id).toBeGreaterThan(first?.id ?? 0);
  });
});
