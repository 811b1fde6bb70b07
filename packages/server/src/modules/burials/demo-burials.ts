import { randomUUID } from 'node:crypto';
import { addDays, burialDuplicateKey, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { dismissBurialCommand, enterBurialCommand, matchBurialCommand } from './burials.commands';
import { anyBurial, findBurial } from './burials.repository';
import { createCemeteryCommand } from './cemeteries.commands';
import { findUsersByName, insertManagerLinks, oldestAlive } from './cemeteries.repository';
import { issueCertificateCommand } from './death-certificates.commands';

const REGENCY = '18.71';

/**
 * Two cemeteries of Bandar Lampung with the demo manager `bandarlampung.makam`, and a dozen burials in
 * every state (open with and without NIK, a duplicate, matched, certified, dismissed), all marked demo.
 * The oldest residents after the three the death-report demo uses are the deceased; two are certified,
 * so the figures show the effect on the registry.
 */
export async function seedDemoBurials(handle: Db, now: Date): Promise<number> {
  const users = await findUsersByName(handle.db, ['bandarlampung.makam', 'bandarlampung.operator']);
  const manager = users.find((u) => u.username === 'bandarlampung.makam');
  const operator = users.find((u) => u.username === 'bandarlampung.operator');
  if (!manager || !operator || (await anyBurial(handle.db))) return 0;
  const system = { actor: null, ip: null } as const;
  const cemeteries = [
    await createCemeteryCommand(
      handle,
      { name: 'TPU Kebon Jahe (demo)', region_code: '18.71.01', address: 'Jl. Kebon Jahe, Kedaton' },
      system,
    ),
    await createCemeteryCommand(
      handle,
      { name: 'TPU Way Halim (demo)', region_code: '18.71.02', address: 'Jl. Way Halim' },
      system,
    ),
  ];
  await handle.db
    .transaction()
    .execute((trx) => insertManagerLinks(trx, manager.id, cemeteries, now.toISOString()));
  const deceased = await oldestAlive(handle.db, REGENCY, 3, 10);
  const today = officeToday(REGENCY, now);
  const who = { actor: manager, ip: null, now };
  const office = { actor: operator, ip: null, now };
  let entered = 0;
  for (const [i, r] of deceased.entries()) {
    const cemetery = cemeteries[i % 2] as number;
    const death = addDays(today, -(2 + i * 9));
    const fields = entryOf(r, death, i);
    const { id } = await enterBurialCommand(
      handle,
      {
        clientId: randomUUID(),
        cemetery: { id: cemetery, region_code: i % 2 ? '18.71.02' : '18.71.01' },
        fields,
        today,
      },
      who,
    );
    entered++;
    if (i === 1) {
      // The same burial entered again by mistake: the worklist shows it as a duplicate to dismiss.
      await enterBurialCommand(
        handle,
        { clientId: randomUUID(), cemetery: { id: cemetery, region_code: '18.71.02' }, fields, today },
        who,
      );
      entered++;
    }
    const b = await findBurial(handle.db, id);
    if (!b || i < 4) continue;
    if (i === 9) {
      await dismissBurialCommand(
        handle,
        b,
        '[DEMO] Bukan penduduk Bandar Lampung (KTP luar daerah).',
        office,
      );
      continue;
    }
    await matchBurialCommand(handle, b, r.id, office);
    const matched = await findBurial(handle.db, id);
    if (matched && i >= 7)
      await issueCertificateCommand(handle, matched, r, {
        ...office,
        office: 'Disdukcapil Kota Bandar Lampung',
      });
  }
  return entered;
}

function entryOf(r: ResidentRow, death: string, i: number) {
  return {
    // Half the families know the NIK; the other half give the name and birth date only.
    nik: i % 2 === 0 ? r.nik : null,
    full_name: r.full_name,
    dup_key: burialDuplicateKey({ name: r.full_name, birthDate: r.birth_date, dateOfDeath: death }),
    birth_date: r.birth_date,
    date_of_death: death,
    date_of_burial: addDays(death, i % 3 === 0 ? 0 : 1),
    village_code: r.village_code,
    cause: i % 2 === 0 ? 'sakit' : null,
    reporter_name: `[DEMO] Keluarga ${r.full_name.split(' ')[0] ?? ''}`.slice(0, 100),
    reporter_relation: 'anak',
    reporter_phone: i % 3 === 0 ? `081200000${100 + i}` : null,
  };
}
