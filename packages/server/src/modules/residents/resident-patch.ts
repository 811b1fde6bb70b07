import type { ResidentRecord } from '@sigap/domain';
import { searchText } from '../regions';
import type { ResidentData } from './resident-row';
import type { ResidentPatch } from './resident-write.types';

const COLUMN_OF: Record<keyof Omit<ResidentRecord, 'nik'>, keyof ResidentData> = {
  noKk: 'no_kk',
  fullName: 'full_name',
  sex: 'sex',
  birthPlace: 'birth_place',
  birthDate: 'birth_date',
  maritalStatus: 'marital_status',
  citizenship: 'citizenship',
  stayPermit: 'stay_permit',
  religion: 'religion',
  occupation: 'occupation',
  villageCode: 'village_code',
  address: 'address',
  phone: 'phone',
  lifeStatus: 'life_status',
  lifeStatusDate: 'life_status_date',
  recordingStatus: 'recording_status',
  recordingDate: 'recording_date',
  recordingPlace: 'recording_place',
  printStatus: 'print_status',
  printedDate: 'printed_date',
  handedOverDate: 'handed_over_date',
  ikdActivatedDate: 'ikd_activated_date',
};

/** The stored row after a patch; fields the patch leaves out keep their values. */
export function applyPatch(current: ResidentData, patch: ResidentPatch): ResidentData {
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const column = COLUMN_OF[field as keyof typeof COLUMN_OF];
    if (column) next[column] = value;
  }
  if (patch.fullName !== undefined) next.name_search = searchText(patch.fullName);
  return next as ResidentData;
}
