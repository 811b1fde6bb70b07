import { officeToday } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { moveCommand } from '../stock';
import { printCardCommand } from './prints.commands';
import { officeOf } from './prints.service';
import { handOver } from './prints-handover.service';
import { queuePage } from './prints-queue.repository';

/** The demo prints as the system, marked in the operator's name (the audit trail says `[DEMO]`). */
const DEMO: RequestContext = {
  user: { id: 0, username: '[DEMO] sistem', fullName: 'Demo', role: 'superadmin', regionCode: '18.71' },
  ip: '127.0.0.1',
};

/**
 * Demo printing at Kota Bandar Lampung (18.71), after the stock demo put blanko, ribbon and film there:
 * ten cards printed from the front of the PRR backlog, one spoiled, four handed over (one to a family
 * member). Runs on freshly generated demo residents only (main.ts).
 */
export async function seedDemoPrints(handle: Db, now: Date): Promise<{ printed: number; handed: number }> {
  const office = await officeOf(handle, '18.71').catch(() => null);
  if (!office) return { printed: 0, handed: 0 };
  // The stock demo's daily consumption leaves no ribbon or film at the office: a delivery arrives today.
  const today = officeToday(office.code, now);
  for (const item of ['RIBBON', 'FILM'] as const)
    await moveCommand(
      handle,
      {
        item,
        location: office.code,
        move: 'receive',
        quantity: 4,
        occurredOn: today,
        documentNo: `DEMO/CETAK/${item}`,
        note: '[DEMO] Kiriman bahan cetak',
      },
      'stock.receive',
      { actor: null, ip: null },
    );
  const waiting = await queuePage(
    handle.db,
    handle.store,
    { office: office.code, today, votingDay: null },
    { limit: 11, offset: 0 },
  );
  let printed = 0;
  let handed = 0;
  for (const [i, r] of waiting.entries()) {
    const spoiled = i === 3;
    try {
      await printCardCommand(handle, DEMO, {
        office,
        residentId: r.id,
        spoiled,
        reason: spoiled ? '[DEMO] Kartu tercetak miring' : null,
        now,
      });
      if (spoiled) continue;
      printed++;
      if (printed <= 4) {
        const family = printed === 2;
        await handOver(
          handle,
          DEMO,
          r.id,
          family ? { receivedBy: 'parent', receiverName: '[DEMO] Orang tua' } : { receivedBy: 'resident' },
          now,
        );
        handed++;
      }
    } catch {
      // A demo resident the write path refuses (e.g. a state rule) is simply skipped.
    }
  }
  return { printed, handed };
}
