import { addDays, localDate, type ResidentRecord } from '@sigap/domain';
import { backfillSnapshots } from '../../src/modules/snapshots/snapshot-backfill';
import { buildResident } from '../helpers/resident-factory';
import type { TestEnv } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

/** Today on Lampung's clock (WIB), as the API computes it for region 18. */
export function wibToday(now = new Date()): string {
  return localDate(now, 'Asia/Jakarta');
}

/** Adults of a village recorded (PRR) on the given days, one resident per entry. */
export function recordedOn(villageCode: string, days: readonly string[]): ResidentRecord[] {
  return days.map((recordingDate) =>
    buildResident({ villageCode, recordingStatus: 'PRINT_READY_RECORD', recordingDate }),
  );
}

/** Adults of a village not recorded yet. */
export function unrecorded(villageCode: string, n: number): ResidentRecord[] {
  return Array.from({ length: n }, () => buildResident({ villageCode }));
}

/** `perDay(x)` recordings on each day x days before `today` (x from `span` down to 1). */
export function recordingDays(today: string, span: number, perDay: (daysAgo: number) => number): string[] {
  const out: string[] = [];
  for (let x = span; x >= 1; x--) {
    for (let i = 0; i < perDay(x); i++) out.push(addDays(today, -x));
  }
  return out;
}

/** Seeds residents and reconstructs the province's last 60 closed days, as the demo seed does. */
export async function seedWithHistory(
  env: TestEnv,
  records: readonly ResidentRecord[],
  today: string,
  province = '18',
): Promise<void> {
  await seedResidents(env, records);
  await backfillSnapshots(env.handle, province, addDays(today, -60), addDays(today, -1));
}
