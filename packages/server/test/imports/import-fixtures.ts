import { buildNik, type ResidentRecord } from '@sigap/domain';
import { expect } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { DATA_COLUMNS, recordToData } from '../../src/modules/residents/resident-row';
import { naiveFigures } from '../helpers/naive-scan';
import { buildResident } from '../helpers/resident-factory';
import { type SiakRow, siakRow } from '../helpers/siak-csv';
import type { TestEnv } from '../helpers/test-env';

export const KEDATON = '18.71.01.1003';
export const SURABAYA = '18.71.01.1004';
export const SUKAMENANTI = '18.71.01.1005';

/** Residents of a full extract, varied enough to exercise every column the parser reads. */
export function extract(prefix: string): ResidentRecord[] {
  return [
    buildResident({ fullName: `${prefix} ANDI`, villageCode: KEDATON, birthDate: '1990-01-15' }),
    buildResident({
      fullName: `${prefix} BUDI`,
      villageCode: SURABAYA,
      birthDate: '1985-06-30',
      recordingStatus: 'BIO_CAPTURED',
      recordingDate: '2019-04-01',
      recordingPlace: 'UPT KEDATON',
    }),
    buildResident({
      fullName: `${prefix} CITRA`,
      sex: 'P',
      villageCode: SUKAMENANTI,
      birthDate: '1979-12-01',
      maritalStatus: 'KAWIN',
      recordingStatus: 'RECEIVED_AT_CENTRAL',
      recordingDate: '2018-02-02',
    }),
    buildResident({
      fullName: `${prefix} DEDI`,
      villageCode: KEDATON,
      birthDate: '1970-03-03',
      maritalStatus: 'CERAI_HIDUP',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2012-05-05',
      printStatus: 'HANDED_OVER',
      printedDate: '2012-08-08',
      handedOverDate: '2012-09-09',
      ikdActivatedDate: '2024-01-02',
      phone: '081234567890',
      occupation: 'WIRASWASTA',
    }),
    buildResident({
      fullName: `${prefix} EKA`,
      sex: 'P',
      villageCode: SURABAYA,
      birthDate: '2009-07-07',
      maritalStatus: 'KAWIN',
    }),
    buildResident({
      fullName: `${prefix} FRANS`,
      villageCode: SUKAMENANTI,
      birthDate: '1981-01-01',
      citizenship: 'WNA',
      stayPermit: 'KITAP',
      religion: 'KRISTEN',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2020-01-01',
    }),
    buildResident({
      fullName: `${prefix} GITA`,
      sex: 'P',
      villageCode: KEDATON,
      birthDate: '1940-02-02',
      maritalStatus: 'CERAI_MATI',
      lifeStatus: 'DECEASED',
      lifeStatusDate: '2023-10-10',
    }),
    buildResident({
      fullName: `${prefix} HADI`,
      villageCode: SURABAYA,
      birthDate: '1992-02-29',
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2024-04-04',
      recordingStatus: 'ENROLL_FAILURE_AT_CENTRAL',
    }),
    buildResident({
      fullName: `${prefix} INDAH, S.PD.`,
      sex: 'P',
      villageCode: SUKAMENANTI,
      birthDate: '2007-11-27',
      address: 'JL. "MAWAR", GG. 2',
    }),
    buildResident({
      fullName: `${prefix} JOKO`,
      villageCode: KEDATON,
      birthDate: '1988-08-18',
      recordingStatus: 'PRINT_READY_RECORD',
      recordingDate: '2016-06-16',
    }),
  ];
}

/** A resident whose NIK gives another birth day than the record: kept, with a data-quality flag. */
export function mismatched(prefix: string, serial: number): ResidentRecord {
  const r = buildResident({ fullName: `${prefix} KARTIKA`, villageCode: SURABAYA, birthDate: '1993-03-04' });
  return { ...r, nik: buildNik({ districtCode: '18.71.01', birthDate: '1993-03-05', sex: 'L', serial }) };
}

/** The rows of a file: good records with two bad rows planted at lines 4 and 9. */
export function withBadRows(
  prefix: string,
  good: ResidentRecord[],
): { rows: (ResidentRecord | SiakRow)[]; bad: [number, string, string][] } {
  const badNik: SiakRow = {
    ...siakRow(buildResident({ fullName: `${prefix} NIK SALAH`, villageCode: KEDATON })),
    NIK: '18710112345',
  };
  const badDate: SiakRow = {
    ...siakRow(
      buildResident({ fullName: `${prefix} TANGGAL SALAH`, villageCode: KEDATON, birthDate: '2001-02-28' }),
    ),
    TGL_LHR: '31-02-2001',
  };
  const rows: (ResidentRecord | SiakRow)[] = [...good];
  rows.splice(2, 0, badNik); // line 4 (the header is line 1)
  rows.splice(7, 0, badDate); // line 9
  return {
    rows,
    bad: [
      [4, 'NIK', 'nik_length'],
      [9, 'TGL_LHR', 'invalid_date'],
    ],
  };
}

export async function storedRow(env: TestEnv, nik: string) {
  return env.handle.db.selectFrom('residents').selectAll().where('nik', '=', nik).executeTakeFirst();
}

/** The stored data columns equal what the record says, flags included. */
export async function expectStored(
  env: TestEnv,
  record: ResidentRecord,
  flags: string[] = [],
): Promise<void> {
  const row = await storedRow(env, record.nik);
  expect(row, record.fullName).toBeDefined();
  const expected = recordToData(record, flags);
  const pick = (o: object) =>
    Object.fromEntries(DATA_COLUMNS.map((c) => [c, (o as Record<string, unknown>)[c] ?? null]));
  expect(pick(row as object), record.fullName).toEqual(pick(expected));
}

export async function residentCount(env: TestEnv): Promise<number> {
  const r = await env.handle.db
    .selectFrom('residents')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function expectCountersExact(env: TestEnv): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  for (const region of ['ID', '18', '18.71', '18.71.01', KEDATON, SURABAYA, SUKAMENANTI, '18.01']) {
    for (const date of [today, '2024-02-14', '2024-11-27', '2025-12-31']) {
      expect(await figuresFor(env.handle.db, region, date), `${region} ${date}`).toEqual(
        await naiveFigures(env.handle.db, region, date),
      );
    }
  }
}
