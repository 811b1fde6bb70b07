import { buildNik, type ResidentRecord } from '@sigap/domain';
import type { WriteMeta } from '../../src/modules/residents/resident-write.types';

/** How an import writes: the system acting, nationally, snapshots taken as they are. */
export const IMPORT_META: WriteMeta = {
  source: 'import',
  actor: null,
  ip: null,
  scope: 'ID',
  audit: 'batch',
  enforceTransitions: false,
};

let serial = 0;

/**
 * A valid resident of Kedaton (18.71.01) unless overridden; the NIK follows birth date and sex. A status
 * given without its date gets a plausible one, so the record passes the registry's state rules; pass the
 * date explicitly (even null) to build an impossible record on purpose.
 */
export function buildResident(overrides: Partial<ResidentRecord> = {}): ResidentRecord {
  const given = (k: keyof ResidentRecord) => Object.hasOwn(overrides, k);
  const dates: Partial<ResidentRecord> = {};
  if (overrides.recordingStatus && overrides.recordingStatus !== 'UNREGISTERED' && !given('recordingDate'))
    dates.recordingDate = '2020-03-02';
  if (overrides.printStatus && overrides.printStatus !== 'NOT_PRINTED' && !given('printedDate'))
    dates.printedDate = '2020-04-06';
  if (overrides.printStatus === 'HANDED_OVER' && !given('handedOverDate'))
    dates.handedOverDate = '2020-04-20';
  if (overrides.lifeStatus && overrides.lifeStatus !== 'ALIVE' && !given('lifeStatusDate'))
    dates.lifeStatusDate = '2024-06-01';
  serial += 1;
  const birthDate = overrides.birthDate ?? '1990-05-17';
  const sex = overrides.sex ?? 'L';
  const villageCode = overrides.villageCode ?? '18.71.01.1001';
  const district = villageCode.split('.').slice(0, 3).join('.');
  return {
    nik: buildNik({ districtCode: district, birthDate, sex, serial: (serial % 9999) + 1 }),
    noKk: `${district.replace(/\./g, '')}0101${String(serial % 10000).padStart(6, '0')}`,
    fullName: `PENDUDUK UJI ${serial}`,
    sex,
    birthPlace: 'BANDAR LAMPUNG',
    birthDate,
    maritalStatus: 'BELUM_KAWIN',
    citizenship: 'WNI',
    stayPermit: null,
    religion: 'ISLAM',
    occupation: null,
    villageCode,
    address: 'JL. TEUKU UMAR NO. 1',
    phone: null,
    lifeStatus: 'ALIVE',
    lifeStatusDate: null,
    recordingStatus: 'UNREGISTERED',
    recordingDate: null,
    recordingPlace: null,
    printStatus: 'NOT_PRINTED',
    printedDate: null,
    handedOverDate: null,
    ikdActivatedDate: null,
    ...dates,
    ...overrides,
  };
}
