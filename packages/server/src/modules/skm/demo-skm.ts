import { addDays, dayCloseInstant, officeToday, weekdayOf, zoneOfRegion } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { countResponses, demoPointRows, doneTicketRows, insertDemoTicket } from './demo-skm.repository';
import { recordSkmAnswerCommand } from './skm.commands';

const DEMO_REGENCY = '18.71';
const DAYS = 20;
const OPENING_HOUR = 8;
const HOUR_MS = 3_600_000;
const SERVICES = ['recording', 'printing', 'ikd_activation', 'data_change'] as const;
/** Each demo point has its own mood, so the report shows different bands: A, B and C. */
const MOODS = [3.3, 3.7, 3.05, 2.75];
const COMMENTS = [
  '[DEMO] Petugas ramah, antrian tertib.',
  '[DEMO] Ruang tunggu panas, mohon tambah kipas.',
  '[DEMO] Layanan cepat, terima kasih.',
  '[DEMO] Papan antrian kurang jelas dari belakang.',
];

/** A small deterministic generator: the demo is the same on every first start. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function answersAround(mood: number, rnd: () => number): number[] {
  return Array.from({ length: 9 }, () => Math.max(1, Math.min(4, Math.round(mood + (rnd() - 0.5) * 1.6))));
}

/**
 * SKM answers and finished tickets at the demo points, so the SKM and times report is alive on the first
 * start: the last 20 working days, about half the tickets answered by link and a few kiosk sheets, every
 * comment marked [DEMO] and every ticket event `{ demo: true }`. Tickets are written only where the queue's
 * own seed wrote none in that period; a second start adds nothing.
 */
export async function seedDemoSkm(handle: Db, now: Date): Promise<number> {
  const points = await demoPointRows(handle.db, DEMO_REGENCY);
  const ids = points.map((p) => p.id);
  if (points.length === 0 || (await countResponses(handle.db, ids)) > 0) return 0;
  const today = officeToday(DEMO_REGENCY, now);
  const from = addDays(today, -DAYS * 1.5);
  const yesterday = addDays(today, -1);
  const rnd = random(12);
  if ((await doneTicketRows(handle.db, ids, from, yesterday)).length === 0) {
    for (const p of points) await seedTickets(handle, p, today, rnd);
  }
  let written = 0;
  for (const t of await doneTicketRows(handle.db, ids, from, yesterday)) {
    if (rnd() > 0.5) continue;
    const mood = MOODS[ids.indexOf(t.service_point_id) % MOODS.length] ?? 3.2;
    await recordSkmAnswerCommand(handle, {
      pointId: t.service_point_id,
      regionCode: t.region_code,
      ticketId: t.id,
      channel: rnd() < 0.8 ? 'link' : 'kiosk',
      service: t.service,
      answers: answersAround(mood, rnd),
      comment: rnd() < 0.15 ? (COMMENTS[Math.floor(rnd() * COMMENTS.length)] ?? null) : null,
      answeredOn: t.date,
      ip: null,
    });
    written++;
  }
  return written;
}

async function seedTickets(
  handle: Db,
  p: { id: number; region_code: string; counters: number },
  today: string,
  rnd: () => number,
): Promise<void> {
  const zone = zoneOfRegion(p.region_code);
  let day = addDays(today, -1);
  for (let done = 0; done < DAYS; day = addDays(day, -1)) {
    const wd = weekdayOf(day);
    if (wd === 0 || wd === 6) continue;
    done++;
    // The counters open at local 08:00: the close of the day before (local midnight) plus eight hours.
    const open = dayCloseInstant(addDays(day, -1), zone).getTime() + OPENING_HOUR * HOUR_MS;
    const perDay = 6 + Math.floor(rnd() * 8);
    for (let n = 1; n <= perDay; n++) {
      const issued = open + (n - 1) * 25 * 60_000 + rnd() * 10 * 60_000;
      const called = issued + (3 + rnd() * rnd() * 55) * 60_000;
      const finished = called + (6 + rnd() * 18) * 60_000;
      const lane = rnd() < 0.15 ? 'priority' : rnd() < 0.6 ? 'booked' : 'walk_in';
      const prefix = lane === 'priority' ? 'P' : lane === 'booked' ? 'A' : 'B';
      await insertDemoTicket(handle.db, {
        service_point_id: p.id,
        region_code: p.region_code,
        date: day,
        lane,
        prefix,
        number: n,
        label: `${prefix}-${String(n).padStart(3, '0')}`,
        service: SERVICES[Math.floor(rnd() * SERVICES.length)] ?? 'recording',
        status: 'done',
        counter_no: 1 + Math.floor(rnd() * Math.max(1, Number(p.counters))),
        issued_at: new Date(issued).toISOString(),
        called_at: new Date(called).toISOString(),
        served_at: new Date(called).toISOString(),
        finished_at: new Date(finished).toISOString(),
      });
    }
  }
}
