import { compareIsoDates } from './dates';
import type { EquipmentKind, EquipmentStatus } from './equipment-rules';

/** A regency's own item that is out of service. */
export interface OutOfServiceItem {
  id: number;
  regionCode: string;
  kind: EquipmentKind;
  tag: string;
  name: string;
  status: Exclude<EquipmentStatus, 'working'>;
}

/** A loan that has arrived at a regency, with the kinds of the items it brought. */
export interface ArrivedLoan {
  id: number;
  toRegion: string;
  start: string;
  end: string;
  kinds: readonly EquipmentKind[];
}

/**
 * Out-of-service items not covered on `date`: an item is covered when a loan that has arrived at its
 * regency runs on that date and brought an item of the same kind (a printer does not replace a recording
 * set). Each arrived item covers one broken item of its kind, so two broken sets need two lent sets.
 * A reservation that has not arrived covers nothing: the regency still cannot serve.
 */
export function uncoveredItems(
  items: readonly OutOfServiceItem[],
  loans: readonly ArrivedLoan[],
  date: string,
): OutOfServiceItem[] {
  const spare = new Map<string, number>();
  for (const loan of loans) {
    if (compareIsoDates(loan.start, date) > 0 || compareIsoDates(loan.end, date) < 0) continue;
    for (const kind of loan.kinds) {
      const key = `${loan.toRegion}|${kind}`;
      spare.set(key, (spare.get(key) ?? 0) + 1);
    }
  }
  const out: OutOfServiceItem[] = [];
  for (const item of [...items].sort((a, b) => a.id - b.id)) {
    const key = `${item.regionCode}|${item.kind}`;
    const left = spare.get(key) ?? 0;
    if (left > 0) spare.set(key, left - 1);
    else out.push(item);
  }
  return out;
}
