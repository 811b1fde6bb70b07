import type { LoanList, LoanReply } from '@sigap/contracts';
import { loanDays } from '@sigap/domain';
import { expect, it } from 'vitest';
import { LoanClash, reserveLoanCommand } from '../../src/modules/equipment/equipment-loans.commands';
import { expectError } from '../helpers/factories';
import { describeEachEngine } from '../helpers/test-env';
import { addItem, addOperator, auditOf, loanBody, reserve } from './helpers';

describeEachEngine('equipment loans', (env) => {
  it('reserves a set with an operator; the regency confirms arrival and return; the days are freed', async () => {
    const set = await addItem(env());
    const operator = await addOperator(env(), 'Rahmat Uji');
    const id = await reserve(env(), loanBody([set], '2030-03-01', '2030-03-10', { operatorIds: [operator] }));
    expect(await auditOf(env(), 'equipment.loan_reserve', id)).toHaveLength(1);
    const admin = await env().as('lampung.admin');
    // The province cannot say it arrived: the receiving office does.
    expectError(
      await admin.post(`/api/v1/equipment/loans/${id}/arrival`, {}),
      409,
      'equipment_arrival_by_receiver',
    );
    const op = await env().as('bandarlampung.operator');
    const told = await op.get<{ items: { kind: string; message: string; data: { loanId?: number } }[] }>(
      '/api/v1/notices',
    );
    const notice = told.body.items.find((n) => n.kind === 'equipment.loan_reserved' && n.data.loanId === id);
    expect(notice?.message).toContain(`pinjaman #${id}`);
    const arrived = await op.post<LoanReply>(`/api/v1/equipment/loans/${id}/arrival`, {});
    expect(arrived.status, JSON.stringify(arrived.body)).toBe(200);
    expect(arrived.body.loan).toMatchObject({ state: 'arrived', arrivedBy: 'bandarlampung.operator' });
    expect(arrived.body.loan.operators).toEqual([{ id: operator, name: 'Rahmat Uji' }]);
    expectError(
      await admin.post(`/api/v1/equipment/loans/${id}/cancel`, { reason: 'x' }),
      409,
      'equipment_loan_state',
    );
    const back = await op.post<LoanReply>(`/api/v1/equipment/loans/${id}/return`, { note: 'Lengkap' });
    expect(back.body.loan).toMatchObject({ state: 'returned', returnedBy: 'bandarlampung.operator' });
    expect(await auditOf(env(), 'equipment.loan_return', id)).toHaveLength(1);
    // Returned: the same set and operator can be lent for the same days again.
    await reserve(env(), loanBody([set], '2030-03-05', '2030-03-06', { operatorIds: [operator] }));
    const cal = await admin.get<LoanList>('/api/v1/equipment/loans?region=18&from=2030-03-01&to=2030-03-31');
    expect(cal.body.items.map((l) => l.state)).toEqual(['returned', 'reserved']);
  });

  it('refuses an overlap of the same item or operator with a message naming the loan and dates', async () => {
    const set = await addItem(env());
    const other = await addItem(env());
    const operator = await addOperator(env());
    const first = await reserve(
      env(),
      loanBody([set], '2030-04-01', '2030-04-05', { operatorIds: [operator] }),
    );
    const admin = await env().as('lampung.admin');
    const clash = expectError(
      await admin.post('/api/v1/equipment/loans', loanBody([set], '2030-04-05', '2030-04-08')),
      409,
      'equipment_loan_conflict',
    );
    expect(clash.message).toContain(`pinjaman #${first}`);
    expect(clash.message).toContain('Kota Bandar Lampung');
    expect(clash.messageEn).toContain('1 April 2030');
    const byOperator = expectError(
      await admin.post(
        '/api/v1/equipment/loans',
        loanBody([other], '2030-04-03', '2030-04-03', { operatorIds: [operator] }),
      ),
      409,
      'equipment_loan_conflict',
    );
    expect(byOperator.messageEn).toContain('Operator');
    // The day after is free; a cancelled loan frees its days.
    await reserve(env(), loanBody([set], '2030-04-06', '2030-04-07'));
    const c = await admin.post<LoanReply>(`/api/v1/equipment/loans/${first}/cancel`, {
      reason: 'Jadwal berubah',
    });
    expect(c.body.loan).toMatchObject({ state: 'cancelled', cancelReason: 'Jadwal berubah' });
    await reserve(env(), loanBody([other], '2030-04-03', '2030-04-03', { operatorIds: [operator] }));
  });

  it('parallel overlapping reservations of one item: exactly one wins, the rest get 409 naming it', async () => {
    const set = await addItem(env());
    const admin = await env().as('lampung.admin');
    // Every period holds 5 May, so any two overlap: only one can stand, whatever the interleaving.
    const periods = [
      ['2030-05-01', '2030-05-10'],
      ['2030-05-05', '2030-05-06'],
      ['2030-05-05', '2030-05-20'],
      ['2030-04-25', '2030-05-05'],
      ['2030-05-02', '2030-05-09'],
      ['2030-05-01', '2030-05-10'],
    ];
    const replies = await Promise.all(
      periods.map(([start, end]) =>
        admin.post<LoanReply>('/api/v1/equipment/loans', loanBody([set], start ?? '', end ?? '')),
      ),
    );
    const won = replies.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    const winner = won[0]?.body.loan.id;
    for (const r of replies.filter((x) => x.status !== 201)) {
      const e = expectError(r, 409, 'equipment_loan_conflict');
      expect(e.messageEn).toContain(`loan #${winner}`);
    }
    const days = await env()
      .handle.db.selectFrom('equipment_loan_days')
      .select('loan_id')
      .where('resource', '=', `item:${set}`)
      .execute();
    expect(new Set(days.map((d) => Number(d.loan_id)))).toEqual(new Set([winner]));
  });

  it('refuses a broken item, an item outside the pool, a bad period and a target that is not a regency', async () => {
    const set = await addItem(env());
    const regencySet = await addItem(env(), { regionCode: '18.71' });
    const admin = await env().as('lampung.admin');
    const post = (b: Record<string, unknown>) => admin.post('/api/v1/equipment/loans', b);
    expectError(await post(loanBody([regencySet], '2030-06-01', '2030-06-02')), 400, 'equipment_not_in_pool');
    expectError(
      await post(loanBody([set], '2030-06-02', '2030-06-01')),
      400,
      'equipment_loan_end_before_start',
    );
    expectError(
      await post(loanBody([set], '2020-06-01', '2020-06-02')),
      400,
      'equipment_loan_starts_in_past',
    );
    expectError(await post(loanBody([set], '2030-06-01', '2030-12-01')), 400, 'equipment_loan_too_long');
    expectError(
      await post({ ...loanBody([set], '2030-06-01', '2030-06-02'), toRegion: '18.71.01' }),
      400,
      'equipment_loan_target_invalid',
    );
    await admin.post(`/api/v1/equipment/${set}/incidents`, { status: 'broken', reason: 'Kamera mati' });
    expectError(await post(loanBody([set], '2030-06-01', '2030-06-02')), 409, 'equipment_not_working');
  });
});

describeEachEngine('equipment loan day claims', (env) => {
  it('hold without the service’s pre-check: parallel commands for overlapping days, one commits', async () => {
    const set = await addItem(env());
    const by = { actor: null, ip: null };
    const attempt = (start: string, end: string) =>
      reserveLoanCommand(
        env().handle,
        {
          fromRegion: '18',
          toRegion: '18.71',
          start,
          end,
          purpose: 'Uji klaim',
          coversItemId: null,
          itemIds: [set],
          operatorIds: [],
          resources: [`item:${set}`],
          days: loanDays(start, end),
          itemLabels: ['Set uji'],
        },
        by,
      );
    const results = await Promise.allSettled([
      attempt('2030-07-01', '2030-07-10'),
      attempt('2030-07-10', '2030-07-12'),
      attempt('2030-06-28', '2030-07-01'),
      attempt('2030-07-03', '2030-07-04'),
      attempt('2030-07-01', '2030-07-10'),
    ]);
    // Not all of these overlap pairwise; no two winners may share a day.
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(LoanClash);
    const days = await env()
      .handle.db.selectFrom('equipment_loan_days')
      .select(['day', 'loan_id'])
      .where('resource', '=', `item:${set}`)
      .execute();
    const loans = await env()
      .handle.db.selectFrom('equipment_loans')
      .select('id')
      .where('purpose', '=', 'Uji klaim')
      .execute();
    expect(loans).toHaveLength(won.length);
    expect(new Set(days.map((d) => d.day)).size).toBe(days.length);
    expect(won.length).toBeGreaterThanOrEqual(1);
  });
});
