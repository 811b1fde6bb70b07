import { officeToday, type QueueOutcome } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { type By, issueTicketCommand, type NewTicket } from './queue.commands';
import { findDemoPoints, findTicket, listDayTickets, type PointRow } from './queue.repository';
import { moveTicketCommand } from './queue-move.commands';

const NAMES = ['Siti Rahmawati', 'Bambang Suryadi', 'Dewi Lestari', 'Agus Salim', 'Nur Aini', 'Made Wirawan'];
/** Finished demo tickets keep outcomes that change no resident: the demo registry stays the generator's. */
const OUTCOMES: QueueOutcome[] = ['referred', 'data_changed', 'biometric_exception'];

function demoTicket(i: number): NewTicket {
  const priority = i % 4 === 1;
  return {
    lane: priority ? 'priority' : 'walk_in',
    service: i % 3 === 2 ? 'ikd_activation' : 'recording',
    priorityReason: priority ? ((['elderly', 'pregnant', 'disabled', 'sick'] as const)[i % 4] ?? null) : null,
    nik: null,
    fullName: `[DEMO] ${NAMES[i % NAMES.length]}`,
    phone: null,
  };
}

async function seedPoint(handle: Db, point: PointRow, now: Date): Promise<number> {
  const date = officeToday(point.region_code, now);
  if ((await listDayTickets(handle.db, point.id, date)).length > 0) return 0;
  const by: By = { actor: null, ip: null, now };
  const ids: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const id = await issueTicketCommand(handle, point, date, demoTicket(i), 100, by);
    if (id !== null) ids.push(id);
  }
  // The first four are done at counters 1–2, the fifth is being called; the rest wait.
  for (const [n, id] of ids.slice(0, 5).entries()) {
    const counterNo = (n % Math.max(1, Number(point.counters))) + 1;
    const ticket = await findTicket(handle.db, id);
    if (!ticket) continue;
    const at = now.toISOString();
    await moveTicketCommand(
      handle,
      point,
      ticket,
      {
        from: ['waiting'],
        patch: { status: 'called', counter_no: counterNo, called_at: at },
        event: 'called',
        action: 'queue.call',
        counterNo,
      },
      by,
    );
    if (n === 4) continue;
    const called = await findTicket(handle.db, id);
    if (!called) continue;
    const outcome = OUTCOMES[n % OUTCOMES.length] ?? 'referred';
    await moveTicketCommand(
      handle,
      point,
      called,
      {
        from: ['called'],
        patch: { status: 'done', outcome, served_at: at, finished_at: at },
        event: 'finished',
        action: 'queue.finish',
        counterNo,
        details: { outcome, note: '[DEMO]' },
      },
      by,
    );
  }
  return ids.length;
}

/**
 * A living queue today at the demo service points on the first start: tickets done with outcomes, one
 * called, others waiting in both lanes; names start with "[DEMO]". Through the module's commands (events
 * and audit like real use); a point that already has tickets today gets none.
 */
export async function seedDemoQueue(handle: Db, now: Date): Promise<number> {
  let issued = 0;
  for (const point of await findDemoPoints(handle.db)) issued += await seedPoint(handle, point, now);
  return issued;
}
