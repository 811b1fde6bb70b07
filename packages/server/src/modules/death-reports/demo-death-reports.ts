import { addDays, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { rejectDeathCommand, reportDeathCommand } from './death-reports.commands';
import { anyDeathReport, findOfficers, oldestAliveIn } from './death-reports.repository';

/** Where the demo reports are filed: Bandar Lampung, whose counter clerk and operator are demo users. */
const DEMO_REGENCY = '18.71';

/**
 * A few deaths reported at the counter of the demo regency on the first start, so the "Konfirmasi
 * kematian" worklist shows how the second officer's step works. Every one says it is demo data (document
 * number and reason), and none is confirmed: the figures stay those of the generated registry.
 */
export async function seedDemoDeathReports(handle: Db, now: Date): Promise<number> {
  const officers = await findOfficers(handle.db, ['bandarlampung.loket', 'bandarlampung.operator']);
  const clerk = officers.find((u) => u.username === 'bandarlampung.loket');
  const operator = officers.find((u) => u.username === 'bandarlampung.operator');
  if (!clerk || !operator || (await anyDeathReport(handle.db))) return 0;
  const residents = await oldestAliveIn(handle.db, DEMO_REGENCY, 3);
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
