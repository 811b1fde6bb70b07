import type { CoverageResponse } from '@sigap/contracts';
import type { ResidentRecord } from '@sigap/domain';
import { expect } from 'vitest';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { residentId, seedResidents } from '../residents/seed-residents';
import { daysAgo, docNo } from '../stock/helpers';

export { onHand } from '../stock/helpers';

/** PRR residents (recorded, unique, waiting for a card), seeded as an import would; their ids in order. */
export async function seedPrr(env: TestEnv, overrides: Partial<ResidentRecord>[]): Promise<number[]> {
  const records = overrides.map((o) => buildResident({ recordingStatus: 'PRINT_READY_RECORD', ...o }));
  await seedResidents(env, records);
  const ids: number[] = [];
  for (const r of records) ids.push(await residentId(env, r.nik));
  return ids;
}

/** Stock received at an office from outside, as the superadmin records it. */
export async function receive(env: TestEnv, location: string, item: string, quantity: number) {
  const admin = await env.as('admin');
  const r = await admin.post('/api/v1/stock/receive', {
    location,
    item,
    quantity,
    occurredOn: daysAgo(3, location),
    documentNo: docNo(),
  });
  expect(r.status).toBe(201);
}

/** The dashboard's printed count of a region (the coverage API, live counters). */
export async function printedCount(env: TestEnv, region: string): Promise<number> {
  const admin = await env.as('admin');
  const r = await admin.get<CoverageResponse>(`/api/v1/coverage?region=${region}`);
  expect(r.status).toBe(200);
  return r.body.region.figures.printed;
}
