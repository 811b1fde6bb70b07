import type { FieldListItem, FieldListKind } from '@sigap/contracts';
import { ageOn, isPrintReady, isRecorded, maskNik, mustHoldId, needsRerecording } from '@sigap/domain';
import { factsOf } from '../residents';
import type { FieldListRow } from './field-lists.repository';

/**
 * Whether a resident belongs on a list on `date`: exactly the counter's rule for the figure the list was
 * opened from (naive-scan.ts is its test oracle), so "Belum rekam 11" opens eleven names.
 */
export function belongsOn(kind: FieldListKind, r: FieldListRow, date: string): boolean {
  if (!mustHoldId(factsOf(r), date)) return false;
  if (kind === 'not_recorded') return !isRecorded(r.recording_status);
  if (kind === 'needs_rerecording') return needsRerecording(r.recording_status);
  return isPrintReady(r.recording_status) && r.print_status === 'NOT_PRINTED';
}

const RT_RW = /\bRT\.?\s*0*(\d{1,3})\s*(?:\/|,)?\s*RW\.?\s*0*(\d{1,3})\b/i;

/** "002/001" from an address that names its RT and RW (SIAK writes them in the address line). */
export function rtRwOf(address: string): string | null {
  const m = RT_RW.exec(address);
  if (!m) return null;
  return `${(m[1] as string).padStart(3, '0')}/${(m[2] as string).padStart(3, '0')}`;
}

/** One person on a list: the NIK masked as in every list; address and phone are what the visit needs. */
export function presentFieldListItem(r: FieldListRow, date: string): FieldListItem {
  return {
    id: r.id,
    nikMasked: maskNik(r.nik),
    fullName: r.full_name,
    sex: r.sex,
    age: ageOn(r.birth_date, date),
    villageCode: r.village_code,
    villageName: r.village_name,
    address: r.address,
    rtRw: rtRwOf(r.address),
    phone: r.phone,
    recordingStatus: r.recording_status,
    printStatus: r.print_status,
  };
}
