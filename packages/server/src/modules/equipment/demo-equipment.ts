import type { CreateEquipmentBody } from '@sigap/contracts';
import { addDays, type EquipmentKind, loanDays, officeToday } from '@sigap/domain';
import type { Db } from '../../db/connect';
import { createEquipmentCommand, createOperatorCommand, reportIncidentCommand } from './equipment.commands';
import { findItemRow, tagExists } from './equipment.repository';
import { moveLoanCommand, reserveLoanCommand } from './equipment-loans.commands';
import { findLoanRow } from './equipment-loans.repository';

const PROVINCE = '18';
/** A regency whose broken printer is covered by a loan that has arrived. */
const COVERED = '18.02';
/** A regency whose broken recording set nothing covers yet: it stays on the watch list. */
const UNCOVERED = '18.07';

const item = (regionCode: string, kind: EquipmentKind, tag: string, name: string): CreateEquipmentBody => ({
  regionCode,
  kind,
  tag,
  name: `${name} (demo)`,
  notes: '[DEMO]',
});

/**
 * The Lampung pool on the first start: three recording sets and two card printers with three operators
 * at the province; Bandar Lampung's own sets and printer; Lampung Tengah's printer broken and covered by a
 * pool printer that has arrived; Lampung Timur's recording set broken and not covered (on the watch list);
 * and a set with an operator reserved for Bandar Lampung next week. Written through the module's commands
 * (audited, system actor), marked "(demo)"/[DEMO]; a second start adds nothing.
 */
export async function seedDemoEquipment(handle: Db, now: Date): Promise<number> {
  if (await tagExists(handle.db, 'DEMO-18-RS-01')) return 0;
  const by = { actor: null, ip: null };
  const today = officeToday(PROVINCE, now);
  const bodies = [
    item(PROVINCE, 'recording_set', 'DEMO-18-RS-01', 'Set perekaman pool 1'),
    item(PROVINCE, 'recording_set', 'DEMO-18-RS-02', 'Set perekaman pool 2'),
    item(PROVINCE, 'recording_set', 'DEMO-18-RS-03', 'Set perekaman pool 3'),
    item(PROVINCE, 'card_printer', 'DEMO-18-CP-01', 'Printer KTP-el pool 1'),
    item(PROVINCE, 'card_printer', 'DEMO-18-CP-02', 'Printer KTP-el pool 2'),
    item('18.71', 'recording_set', 'DEMO-1871-RS-01', 'Set perekaman loket 1'),
    item('18.71', 'recording_set', 'DEMO-1871-RS-02', 'Set perekaman loket 2'),
    item('18.71', 'card_printer', 'DEMO-1871-CP-01', 'Printer KTP-el kantor'),
    item(COVERED, 'card_printer', 'DEMO-1802-CP-01', 'Printer KTP-el kantor'),
    item(UNCOVERED, 'recording_set', 'DEMO-1807-RS-01', 'Set perekaman kantor'),
  ];
  const ids: Record<string, number> = {};
  for (const b of bodies) ids[b.tag] = await createEquipmentCommand(handle, b, by);
  const ops: number[] = [];
  for (const [name, nip] of [
    ['Rahmat Hidayat (demo)', '198703122010011003'],
    ['Siti Aminah (demo)', '199001052014022001'],
    ['Yoga Pratama (demo)', undefined],
  ] as const) {
    ops.push(
      await createOperatorCommand(handle, { regionCode: PROVINCE, name, ...(nip ? { nip } : {}) }, by),
    );
  }
  const breakdown = async (tag: string, status: 'broken' | 'in_repair', reason: string) => {
    const row = await findItemRow(handle.db, ids[tag] ?? 0);
    if (row)
      await reportIncidentCommand(
        handle,
        row,
        { status, reason: `[DEMO] ${reason}` },
        by,
        new Date(now.getTime() - 4 * 86_400_000),
      );
  };
  await breakdown('DEMO-1802-CP-01', 'broken', 'Head printer rusak, kartu tercetak bergaris.');
  await breakdown('DEMO-1807-RS-01', 'broken', 'Kamera dan pemindai sidik jari tidak terbaca.');
  const reserve = async (
    toRegion: string,
    start: string,
    end: string,
    tags: string[],
    operatorIds: number[],
    purpose: string,
    covers?: string,
  ) => {
    const itemIds = tags.map((t) => ids[t] ?? 0);
    const resources = [...itemIds.map((i) => `item:${i}`), ...operatorIds.map((o) => `operator:${o}`)];
    return reserveLoanCommand(
      handle,
      {
        fromRegion: PROVINCE,
        toRegion,
        start,
        end,
        purpose: `[DEMO] ${purpose}`,
        coversItemId: covers ? (ids[covers] ?? null) : null,
        itemIds,
        operatorIds,
        resources,
        days: loanDays(start, end),
        itemLabels: tags,
      },
      by,
    );
  };
  const covering = await reserve(
    COVERED,
    addDays(today, -3),
    addDays(today, 11),
    ['DEMO-18-CP-01'],
    [ops[0] ?? 0],
    'Pengganti printer kantor yang rusak.',
    'DEMO-1802-CP-01',
  );
  const arrived = await findLoanRow(handle.db, covering);
  if (arrived) await moveLoanCommand(handle, arrived, 'arrive', 'arrived', undefined, by);
  await reserve(
    '18.71',
    addDays(today, 7),
    addDays(today, 11),
    ['DEMO-18-RS-01'],
    [ops[1] ?? 0],
    'Perekaman keliling sekolah menjelang pemilihan.',
  );
  return bodies.length;
}
