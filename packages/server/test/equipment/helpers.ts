import type { EquipmentReply, LoanReply, PoolOperator } from '@sigap/contracts';
import { expect } from 'vitest';
import type { TestEnv } from '../helpers/test-env';

let serial = 0;

/** Adds an item as the Lampung admin (a province pool item by default) and returns its id. */
export async function addItem(
  env: TestEnv,
  overrides: { regionCode?: string; kind?: string; name?: string } = {},
): Promise<number> {
  const admin = await env.as('lampung.admin');
  const r = await admin.post<EquipmentReply>('/api/v1/equipment', {
    regionCode: '18',
    kind: 'recording_set',
    tag: `UJI-${process.pid}-${++serial}`,
    name: 'Set perekaman uji',
    ...overrides,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.item.id;
}

export async function addOperator(env: TestEnv, name = 'Operator Uji'): Promise<number> {
  const admin = await env.as('lampung.admin');
  const r = await admin.post<{ operator: PoolOperator }>('/api/v1/equipment/operators', {
    regionCode: '18',
    name,
    nip: '198703122010011003',
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.operator.id;
}

export function loanBody(itemIds: number[], start: string, end: string, extra: Record<string, unknown> = {}) {
  return { toRegion: '18.71', start, end, itemIds, purpose: 'Perekaman keliling uji', ...extra };
}

export async function reserve(env: TestEnv, body: Record<string, unknown>): Promise<number> {
  const admin = await env.as('lampung.admin');
  const r = await admin.post<LoanReply>('/api/v1/equipment/loans', body);
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.loan.id;
}

export async function auditOf(env: TestEnv, action: string, id: number) {
  return env.handle.db
    .selectFrom('audit_log')
    .selectAll()
    .where('action', '=', action)
    .where('entity_id', '=', String(id))
    .execute();
}
