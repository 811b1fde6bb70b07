import type { ResidentRecord } from '@sigap/domain';
import type { ResidentsTable } from '../../db/schema';
import type { HistoryField } from '../../db/stored-codes';
import { searchText } from '../regions';

/** The stored columns of a resident, without the id and the bookkeeping timestamps. */
export type ResidentData = Omit<ResidentsTable, 'id' | 'created_at' | 'updated_at' | 'import_digest'> & {
  /** The digest of the import row that wrote this state (residents.import_digest); absent means none. */
  import_digest?: string | null;
};

/** The columns a change may touch; `name_search` follows `full_name`. */
export const DATA_COLUMNS = [
  'nik',
  'no_kk',
  'full_name',
  'sex',
  'birth_place',
  'birth_date',
  'marital_status',
  'citizenship',
  'stay_permit',
  'religion',
  'occupation',
  'village_code',
  'address',
  'phone',
  'life_status',
  'life_status_date',
  'recording_status',
  'recording_date',
  'recording_place',
  'print_status',
  'printed_date',
  'handed_over_date',
  'ikd_activated_date',
  'quality_flags',
] as const satisfies readonly (keyof ResidentData)[];

export function recordToData(r: ResidentRecord, qualityFlags: readonly string[] = []): ResidentData {
  return {
    nik: r.nik,
    no_kk: r.noKk,
    full_name: r.fullName,
    name_search: searchText(r.fullName),
    sex: r.sex,
    birth_place: r.birthPlace,
    birth_date: r.birthDate,
    marital_status: r.maritalStatus,
    citizenship: r.citizenship,
    stay_permit: r.stayPermit,
    religion: r.religion,
    occupation: r.occupation,
    village_code: r.villageCode,
    address: r.address,
    phone: r.phone,
    life_status: r.lifeStatus,
    life_status_date: r.lifeStatusDate,
    recording_status: r.recordingStatus,
    recording_date: r.recordingDate,
    recording_place: r.recordingPlace,
    print_status: r.printStatus,
    printed_date: r.printedDate,
    handed_over_date: r.handedOverDate,
    ikd_activated_date: r.ikdActivatedDate,
    quality_flags: qualityFlags.length > 0 ? qualityFlags.join(',') : null,
  };
}

/** Names of the columns whose values differ. */
export function changedColumns(before: ResidentData, after: ResidentData): (keyof ResidentData)[] {
  return DATA_COLUMNS.filter((c) => (before[c] ?? null) !== (after[c] ?? null));
}

export type { HistoryField } from '../../db/stored-codes';

/** Status columns whose moves are kept in the history, with the date column that dates each move. */
export const TRACKED: readonly {
  field: Exclude<HistoryField, 'created'>;
  column: keyof ResidentData;
  dateColumn: keyof ResidentData;
}[] = [
  { field: 'recording', column: 'recording_status', dateColumn: 'recording_date' },
  { field: 'print', column: 'print_status', dateColumn: 'printed_date' },
  { field: 'life', column: 'life_status', dateColumn: 'life_status_date' },
  { field: 'ikd', column: 'ikd_activated_date', dateColumn: 'ikd_activated_date' },
];

/** Separates the columns of a signature. */
export const SIGNATURE_SEPARATOR = '\u001f';

/**
 * The data columns of a resident as one string: NULL as nothing, a value as `v` and the value, joined by
 * SIGNATURE_SEPARATOR. For rows whose values hold no separator it is equal for two rows exactly when
 * `changedColumns` finds no difference (a stored value holding one adds a separator, so it never matches
 * such a row). The engines build the same string in SQL (db/engine/residents-*-bulk.ts), so a re-imported
 * row can be recognised as unchanged without reading the stored row's thirty values into an object.
 */
export function dataSignature(d: ResidentData): string {
  let s = '';
  for (let i = 0; i < DATA_COLUMNS.length; i++) {
    if (i > 0) s += SIGNATURE_SEPARATOR;
    const v = d[DATA_COLUMNS[i] as (typeof DATA_COLUMNS)[number]];
    if (v !== null && v !== undefined) s += `v${v}`;
  }
  return s;
}

/** Whether `dataSignature` identifies this row: none of its values holds the separator. */
export function hasPlainSignature(d: ResidentData): boolean {
  for (const c of DATA_COLUMNS) {
    const v = d[c];
    if (typeof v === 'string' && v.includes(SIGNATURE_SEPARATOR)) return false;
  }
  return true;
}
