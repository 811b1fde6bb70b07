import { addDays, officeToday, type StockItem } from '@sigap/domain';
import type { RequestContext } from '../../context';
import type { Db } from '../../db/connect';
import { findRegionByCode } from '../regions';
import { listCardRows } from './stock.repository';
import { deliverCommand } from './stock-delivery.commands';
import { moveCommand, shipCommand } from './stock-moves.commands';
import { createRequestCommand, transitionRequestCommand } from './stock-requests.commands';
import { findShipmentRow } from './stock-shipments.repository';
import { suggestQuantity } from './stock-suggestion.service';

const by = { actor: null, ip: null };
/** The planning reads need a reader with national scope; the demo writes as the system (`actor: null`). */
const SYSTEM: RequestContext = {
  user: { id: 0, username: 'system', fullName: 'Sistem', role: 'superadmin', regionCode: 'ID' },
  ip: '127.0.0.1',
};

/** Supplies per province, then per regency (blanko, ribbon, film, ink). */
const PROVINCE_SUPPLY: Record<string, Record<StockItem, number>> = {
  '18': { BLANKO: 8000, RIBBON: 20, FILM: 20, INK: 6 },
  '52': { BLANKO: 6000, RIBBON: 15, FILM: 15, INK: 4 },
};
const REGENCY_SUPPLY: [string, Record<StockItem, number>][] = [
  ['18.71', { BLANKO: 2000, RIBBON: 5, FILM: 5, INK: 2 }],
  ['18.72', { BLANKO: 1200, RIBBON: 3, FILM: 3, INK: 1 }],
  ['52.01', { BLANKO: 1500, RIBBON: 4, FILM: 4, INK: 1 }],
];

async function shipAndReceive(
  handle: Db,
  item: StockItem,
  source: string,
  dest: string,
  qty: number,
  shipped: string,
  received: string,
  n: number,
  rejected = 0,
) {
  const s = await shipCommand(
    handle,
    {
      item,
      source,
      destination: dest,
      quantity: qty,
      occurredOn: shipped,
      documentNo: `DEMO/SBBK/${n}`,
      note: '[DEMO]',
    },
    by,
  );
  const row = await findShipmentRow(handle.db, s.id);
  if (!row) return;
  const reason = rejected > 0 ? '[DEMO] Blanko tertekuk/rusak saat pengiriman' : null;
  await deliverCommand(handle, row, { accepted: qty - rejected, rejected, reason, receivedOn: received }, by);
}

/**
 * The demo's stock on the first start: the centre supplied Lampung and NTB, the provinces shipped to three
 * regencies (NTB's receipt with a rejected part, reported back), Bandar Lampung printed and spoiled day by
 * day, a shipment is on its way and Kota Metro's request waits for the province. Written through the
 * module's commands (audited, system actor); documents are `DEMO/…`, notes `[DEMO]`; a second start adds nothing.
 */
export async function seedDemoStock(handle: Db, now: Date): Promise<number> {
  if ((await listCardRows(handle.db, 'BLANKO', 'ID')).length > 0) return 0;
  const present = await Promise.all(REGENCY_SUPPLY.map(([c]) => findRegionByCode(handle.db, c)));
  if (present.some((r) => !r)) return 0;
  const today = officeToday('18', now);
  const day = (n: number) => addDays(today, -n);
  let n = 0;
  const items = ['BLANKO', 'RIBBON', 'FILM', 'INK'] as const;
  for (const item of items) {
    const total = PROVINCE_SUPPLY['18']?.[item] ?? 0;
    const qty = (total + (PROVINCE_SUPPLY['52']?.[item] ?? 0)) * 2;
    await moveCommand(
      handle,
      {
        item,
        location: 'ID',
        move: 'receive',
        quantity: qty,
        occurredOn: day(45),
        documentNo: `DEMO/BAST/PUSAT/${item}`,
        reason: '[DEMO] Pengadaan pusat',
      },
      'stock.receive',
      by,
    );
    for (const province of ['18', '52']) {
      const q = PROVINCE_SUPPLY[province]?.[item] ?? 0;
      await shipAndReceive(
        handle,
        item,
        'ID',
        province,
        q,
        day(40),
        day(37),
        ++n,
        province === '52' && item === 'BLANKO' ? 20 : 0,
      );
    }
    for (const [regency, supply] of REGENCY_SUPPLY) {
      await shipAndReceive(handle, item, regency.slice(0, 2), regency, supply[item], day(30), day(28), ++n);
    }
  }
  // Bandar Lampung prints every working day and spoils a few; a ribbon and a film every ~5 days.
  for (let d = 27; d >= 1; d--) {
    const date = day(d);
    const printed = 30 + ((d * 7) % 25);
    await moveCommand(
      handle,
      {
        item: 'BLANKO',
        location: '18.71',
        move: 'consume',
        quantity: -printed,
        occurredOn: date,
        note: '[DEMO] Cetak KTP-el',
      },
      'stock.consume',
      by,
    );
    if (d % 6 === 0)
      await moveCommand(
        handle,
        {
          item: 'BLANKO',
          location: '18.71',
          move: 'spoil',
          quantity: -2,
          occurredOn: date,
          reason: '[DEMO] Hasil cetak buram',
        },
        'stock.spoil',
        by,
      );
    if (d % 5 === 0) {
      for (const item of ['RIBBON', 'FILM'] as const) {
        await moveCommand(
          handle,
          {
            item,
            location: '18.71',
            move: 'consume',
            quantity: -1,
            occurredOn: date,
            note: '[DEMO] Ganti ribbon/film',
          },
          'stock.consume',
          by,
        );
      }
    }
  }
  await shipCommand(
    handle,
    {
      item: 'BLANKO',
      source: '18',
      destination: '18.71',
      quantity: 500,
      occurredOn: day(1),
      documentNo: 'DEMO/SBBK/LPG/TRANSIT',
      note: '[DEMO]',
    },
    by,
  );
  const suggestion = await suggestQuantity(handle, SYSTEM, '18.72', 'BLANKO', now);
  const request = await createRequestCommand(
    handle,
    {
      item: 'BLANKO',
      requester: '18.72',
      supplier: '18',
      quantity: 1000,
      note: '[DEMO] Stok menipis menjelang pilkada',
      suggestion,
    },
    by,
  );
  await transitionRequestCommand(handle, request, 'submitted', {}, by);
  return n;
}
