import type { Report } from '@sigap/contracts';
import { type Client, clientFor } from '../helpers/client';
import { createUserVia } from '../helpers/factories';
import type { TestEnv } from '../helpers/test-env';

export type ReportReply = { report: Report };

/** A consistent manual report body for 18.71 unless overridden. */
export function reportBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    regency: '18.71',
    date: '2024-02-01',
    source: 'manual',
    cumulativeRecorded: 800,
    mustHoldId: 1000,
    printReadyWaiting: 20,
    printed: 700,
    blankoStock: 300,
    suketIssued: 5,
    ...overrides,
  };
}

/** An operator of another regency, created by the province admin, logged in. */
export async function operatorOf(env: TestEnv, regionCode: string): Promise<Client> {
  const admin = await env.as(regionCode.startsWith('52') ? 'ntb.admin' : 'lampung.admin');
  const user = await createUserVia(admin, { role: 'operator_kabkota', regionCode });
  const client = clientFor(env.app);
  await client.login(user.username, user.password);
  return client;
}

/** Moves a report's submission time (tests of the on-time rule cannot wait for the clock). */
export async function setSubmittedAt(env: TestEnv, id: number, at: string): Promise<void> {
  await env.handle.db.updateTable('daily_reports').set({ submitted_at: at }).where('id', '=', id).execute();
}

export async function auditActions(env: TestEnv, entityId: number): Promise<string[]> {
  const rows = await env.handle.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity', '=', 'daily_report')
    .where('entity_id', '=', String(entityId))
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}
