import { addDays, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { rejectDeathCommand, reportDeathCommand } from './death-reports.commands';

/** Where the demo reports are filed: Bandar Lampung, whose counter clerk and operator are demo users. */
const DEMO_REGENCY = '18.71';

/**
 * A few deaths reported at the counter of the demo regency on the first start, so the "Konfirmasi
 * kematian" worklist shows how the second officer's step works. Every one says it is demo data (document
 * number and reason), and none is confirmed: the figures stay those of the generated registry.
 */
export async function seedDemoDeathReports(handle: Db, now: Date): Promise<number> {
  const clerk = await handle.db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('username', '=', 'bandarlampung.loket')
    .executeTakeFirst();
  const operator = await handle.db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('username', '=', 'bandarlampung.operator')
    .executeTakeFirst();
  if (!clerk || !operator) return 0;
  const existing = await handle.db.selectFrom('death_reports').select('id').limit(1).executeTakeFirst();
  if (existing) return 0;
  // The oldest residents still alive: the most plausible deaths for a demo.
  const residents = await handle.db
    .selectFrom('residents')
    .selectAll()
    .where('life_status', '=', 'ALIVE')
    .where('village_code', 'like', `${DEMO_REGENCY}.%`)
    .orderBy('birth_date')
    .limit(3)
    .execute();
  const today = officeToday(DEMO_REGENCY, now);
  let filed = 0;
  for (const [i, r] of residents.entries()) {
    const body = {
      dateOfDeath: addDays(today, -(3 + i * 4)),
      documentNo: `DEMO/SKK/474.3/${String(101 + i).padStart(4, '0')}`,
      reason: '[DEMO] Laporan keluarga di loket: surat keterangan kematian dari kelurahan',
    };
    await reportDeathCommand(handle, r, body, { actor: clerk, ip: null, now });
    filed++;
    if (i === 2) {
      await rejectDeathCommand(handle, r, '[DEMO] Warga datang sendiri ke kantor: masih hidup.', {
        actor: operator,
        ip: null,
        now,
      });
    }
  }
  return filed;
}
