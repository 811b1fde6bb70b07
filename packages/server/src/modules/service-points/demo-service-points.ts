import type { CreateServicePointBody } from '@sigap/contracts';
import { addDays, compareIsoDates, officeToday, weekdayOf } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { findRegionByCode } from '../regions';
import { addClosureCommand, addSessionCommand, createServicePointCommand } from './service-points.commands';
import { findPointRow, listPointRows } from './service-points.repository';

const DEMO_REGENCY = '18.71';
const WEEKDAY = { open: '08:00', close: '15:00', breakStart: '12:00', breakEnd: '13:00' };
const MON_FRI = { '1': WEEKDAY, '2': WEEKDAY, '3': WEEKDAY, '4': WEEKDAY, '5': WEEKDAY };
const SERVICES = { recording: 15, printing: 10, ikd_activation: 10, data_change: 20 };
/** Fixed-date national holidays (month-day); the moving ones (Idul Fitri, Nyepi…) need a calendar. */
const NATIONAL_HOLIDAYS: [string, string][] = [
  ['01-01', 'Tahun Baru Masehi'],
  ['05-01', 'Hari Buruh Internasional'],
  ['06-01', 'Hari Lahir Pancasila'],
  ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
  ['12-25', 'Hari Raya Natal'],
];

function nextHoliday(today: string): { date: string; reason: string } {
  const year = Number(today.slice(0, 4));
  const dates = [year, year + 1].flatMap((y) => NATIONAL_HOLIDAYS.map(([md, name]) => [`${y}-${md}`, name]));
  const found = dates.find(([d]) => d !== undefined && compareIsoDates(d, today) > 0) ?? dates[0];
  return { date: found?.[0] ?? today, reason: `[DEMO] Libur nasional: ${found?.[1] ?? ''}` };
}

/**
 * The service points of the demo regency on the first start: the Disdukcapil office, two UPT kecamatan and
 * the public service mall, with realistic hours, an evening and a Saturday session next week and the next
 * national holiday closed. Written through the module's commands (audited, system actor); every name says
 * "(demo)"; a second start adds nothing.
 */
export async function seedDemoServicePoints(handle: Db, now: Date): Promise<number> {
  const existing = await listPointRows(handle.db, DEMO_REGENCY);
  if (existing.some((p) => p.name.endsWith('(demo)'))) return 0;
  const districts = await Promise.all(['18.71.01', '18.71.02'].map((c) => findRegionByCode(handle.db, c)));
  const by = { actor: null, ip: null };
  const points: CreateServicePointBody[] = [
    {
      regionCode: DEMO_REGENCY,
      name: 'Kantor Disdukcapil Kota Bandar Lampung (demo)',
      kind: 'regency_office',
      address: 'Jl. Dr. Susilo, Teluk Betung Utara, Bandar Lampung',
      counters: 6,
      services: SERVICES,
      hours: MON_FRI,
    },
    ...districts.flatMap((d) =>
      d
        ? [
            {
              regionCode: d.code,
              name: `UPT Kecamatan ${d.name} (demo)`,
              kind: 'upt' as const,
              address: `Kantor Camat ${d.name}, Bandar Lampung`,
              counters: 2,
              services: { recording: 15, ikd_activation: 10 },
              hours: MON_FRI,
            },
          ]
        : [],
    ),
    {
      regionCode: DEMO_REGENCY,
      name: 'Mal Pelayanan Publik Bandar Lampung (demo)',
      kind: 'mpp',
      address: 'Mal Pelayanan Publik, Jl. Raden Intan, Bandar Lampung',
      counters: 3,
      services: SERVICES,
      hours: { ...MON_FRI, '6': { open: '08:00', close: '12:00' } },
    },
  ];
  const ids: number[] = [];
  for (const p of points) ids.push(await createServicePointCommand(handle, p, by));
  const today = officeToday(DEMO_REGENCY, now);
  const nextMonday = addDays(today, (8 - weekdayOf(today)) % 7 || 7);
  const holiday = nextHoliday(today);
  for (const id of ids) {
    const row = await findPointRow(handle.db, id);
    if (!row) continue;
    await addClosureCommand(handle, row, holiday, by);
    if (id === ids[0]) {
      const evening = {
        date: addDays(nextMonday, 1),
        kind: 'evening' as const,
        start: '16:00',
        end: '19:00',
        counters: 2,
      };
      await addSessionCommand(handle, row, evening, by);
    }
    if (id === ids[1]) {
      const saturday = {
        date: addDays(nextMonday, 5),
        kind: 'weekend' as const,
        start: '08:00',
        end: '12:00',
        counters: 2,
      };
      await addSessionCommand(handle, row, saturday, by);
    }
  }
  return ids.length;
}
