import type { TestProject } from 'vitest/node';
import { PG_ADMIN_URL, withAdmin } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Null when PostgreSQL answers; otherwise why its cases are skipped. */
    postgresUnavailable: string | null;
  }
}

/**
 * Decides once whether the PostgreSQL cases can run. Outside CI a missing server skips them with the
 * reason in every skipped suite's name; in CI (CI=true) a missing server fails the run, because a
 * green run that never touched PostgreSQL would be a lie.
 */
export default async function setup(project: TestProject): Promise<void> {
  let reason: string | null = null;
  try {
    await withAdmin((c) => c.query('select 1'));
  } catch (err) {
    reason = `PostgreSQL not reachable at ${PG_ADMIN_URL}: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (reason && process.env.CI === 'true') throw new Error(`${reason} (required in CI)`);
  if (reason) console.warn(`\n[sigap] PostgreSQL cases will be SKIPPED: ${reason}\n`);
  project.provide('postgresUnavailable', reason);
}
