import { randomUUID } from 'node:crypto';
import { addDays, addYears, officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { usableEquipmentOn } from '../equipment';
import { recordAction } from './outreach-field.service';
import {
  demoSiteExists,
  residentsBornBetween,
  userByUsername,
  villageWithMostUnrecorded,
} from './outreach-sites.repository';
import { createSite, importRoster } from './outreach-sites.service';
import { frozenTargets, planVisit } from './outreach-visits.service';

const REGENCY = '18.71';

function rosterCsv(
  rows: { nik: string; full_name: string; birth_date: string }[],
  cls: (i: number) => string,
) {
  const lines = rows.map((r, i) => `${r.nik},"${r.full_name}",${r.birth_date},${cls(i)}`);
  return Buffer.from(['NIK,NAMA,TGL_LAHIR,KELAS', ...lines].join('\r\n')).toString('base64');
}

/**
 * Bandar Lampung's jemput bola on the first start: a school with a roster of students turning 17 (one NIK
 * the registry lacks, to show an unmatched row), a pesantren and a lapas with an inmate list; a school
 * visit planned next week with the field officer and an office recording set, and a pesantren visit a
 * week ago with outcomes recorded through the field path (so the registry and dashboard show them).
 * Everything named "(demo)"; written through the module's services as the demo field officer and operator.
 */
export async function seedDemoOutreach(handle: Db, now: Date): Promise<number> {
  if (await demoSiteExists(handle.db)) return 0;
  const op = await userByUsername(handle.db, 'bandarlampung.operator');
  const field = await userByUsername(handle.db, 'bandarlampung.lapangan');
  const village = await villageWithMostUnrecorded(
    handle.db,
    REGENCY,
    addYears(officeToday(REGENCY, now), -17),
  );
  if (!op || !field || !village) return 0;
  const ctxOf = (u: typeof op): RequestContext => ({
    user: {
      id: Number(u.id),
      username: u.username,
      fullName: u.full_name,
      role: u.role,
      regionCode: u.region_code,
    },
    ip: null as unknown as string,
  });
  const ctx = ctxOf(op);
  const today = officeToday(REGENCY, now);
  const site = (kind: 'school' | 'pesantren' | 'prison', name: string, address: string) =>
    createSite(handle, ctx, { kind, name, address, villageCode: village, contactName: 'Humas (demo)' }, true);
  const school = await site('school', 'SMA Negeri 2 Bandar Lampung (demo)', 'Jl. Amir Hamzah No. 1');
  const pesantren = await site('pesantren', 'Pondok Pesantren Al-Hikmah (demo)', 'Jl. Pagar Alam No. 12');
  const lapas = await site('prison', 'Lapas Kelas I Bandar Lampung (demo)', 'Jl. Raden Imba Kusuma Ratu');

  const students = await residentsBornBetween(
    handle.db,
    REGENCY,
    addYears(today, -18),
    addYears(today, -16),
    30,
  );
  const unknown = { nik: '1871014501089991', full_name: 'SISWA PINDAHAN (DEMO)', birth_date: '2008-01-05' };
  await importRoster(handle, ctx, school.id, {
    fileName: 'siswa-kelas-xii-demo.csv',
    contentBase64: rosterCsv([...students, unknown], (i) => `XII IPA ${(i % 3) + 1}`),
  });
  const inmates = await residentsBornBetween(
    handle.db,
    REGENCY,
    addYears(today, -45),
    addYears(today, -20),
    15,
  );
  await importRoster(handle, ctx, lapas.id, {
    fileName: 'warga-binaan-demo.csv',
    contentBase64: rosterCsv(inmates, (i) => `Blok ${String.fromCharCode(65 + (i % 4))}`),
  });

  const nextWeek = addDays(today, 7);
  const [set] = await usableEquipmentOn(handle.db, REGENCY, nextWeek);
  await planVisit(
    handle,
    ctx,
    school.id,
    {
      visitDate: nextWeek,
      startTime: '08:00',
      endTime: '12:00',
      teamUserIds: [Number(field.id)],
      equipmentItemIds: set ? [set.id] : [],
      notes: '[DEMO] Perekaman siswa kelas XII',
    },
    { demo: true },
  );
  const lastWeek = addDays(today, -7);
  const past = await planVisit(
    handle,
    ctx,
    pesantren.id,
    {
      visitDate: lastWeek,
      startTime: '09:00',
      endTime: '13:00',
      teamUserIds: [Number(field.id)],
      equipmentItemIds: [],
      notes: '[DEMO] Kunjungan pesantren',
    },
    { demo: true, allowPast: true },
  );
  const outcomes = ['recorded', 'recorded', 'absent', 'refused', 'biometric_exception', 'recorded'] as const;
  const targets = await frozenTargets(handle, past.id);
  for (const [i, t] of targets.slice(0, outcomes.length).entries()) {
    await recordAction(handle, ctxOf(field), past.id, {
      clientId: randomUUID(),
      clientDeviceId: 'demo-tablet-1',
      residentId: Number(t.row.id),
      outcome: outcomes[i] ?? 'absent',
      note: '[DEMO]',
      occurredAt: new Date(`${lastWeek}T0${2 + i}:30:00Z`).toISOString(),
    });
  }
  return 3;
}
