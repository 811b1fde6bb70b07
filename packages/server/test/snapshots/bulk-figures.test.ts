import type { ResidentRecord } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { figuresFor } from '../../src/modules/counters';
import { toStored } from '../../src/modules/counters/coverage-figures';
import { figuresForMany } from '../../src/modules/snapshots/bulk-figures';
import { snapshotRegionCodes } from '../../src/modules/snapshots/snapshots.repository';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

const VILLAGES = ['18.71.01.1003', '18.71.02.1003', '18.01.04.2001', '18.72.01.1001'];

/** People on the boundaries the counters read from daily rows: 17th birthdays, births, exits, marriage. */
const PEOPLE: Partial<ResidentRecord>[] = [
  { birthDate: '2007-02-13' },
  { birthDate: '2007-02-14', recordingStatus: 'BIO_CAPTURED' },
  { birthDate: '2007-02-15', recordingStatus: 'PRINT_READY_RECORD', printStatus: 'PRINTED' },
  { birthDate: '2007-02-28', sex: 'P' },
  { birthDate: '2008-02-29', maritalStatus: 'KAWIN' },
  { birthDate: '2024-02-10' },
  { birthDate: '2024-02-20' },
  { birthDate: '1980-01-01', citizenship: 'WNA', stayPermit: 'KITAP', recordingStatus: 'PRINT_READY_RECORD' },
  { birthDate: '1982-02-02', citizenship: 'WNA', stayPermit: 'KITAS' },
  { birthDate: '1950-01-01', lifeStatus: 'DECEASED', lifeStatusDate: '2024-02-14' },
  {
    birthDate: '1960-01-01',
    lifeStatus: 'MOVED_OUT',
    lifeStatusDate: '2024-02-15',
    recordingStatus: 'DUPLICATE_RECORD',
  },
  { birthDate: '1990-01-01', recordingStatus: 'ENROLL_FAILURE_AT_CENTRAL', ikdActivatedDate: '2023-01-01' },
];

describeEachEngine('figuresForMany', (env) => {
  beforeAll(async () => {
    const records = VILLAGES.flatMap((villageCode) =>
      PEOPLE.map((p) => buildResident({ ...p, villageCode })),
    );
    await seedResidents(env(), records);
  });

  it('equals figuresFor for the province and every regency and district, on boundary dates', async () => {
    const { db } = env().handle;
    const codes = await snapshotRegionCodes(db, '18');
    for (const date of ['2024-02-13', '2024-02-14', '2024-02-15', '2024-02-29', '2024-03-01', '2025-02-28']) {
      const many = await figuresForMany(db, codes, date);
      for (const code of codes)
        expect(many.get(code), `${code} ${date}`).toEqual(toStored(await figuresFor(db, code, date)));
    }
  });

  it('answers a regency scope and the nation', async () => {
    const { db } = env().handle;
    const many = await figuresForMany(db, ['18.71', '18.71.01'], '2024-02-14');
    expect(many.get('18.71')).toEqual(toStored(await figuresFor(db, '18.71', '2024-02-14')));
    const nation = await figuresForMany(db, ['ID', '18'], '2024-02-14');
    expect(nation.get('ID')).toEqual(toStored(await figuresFor(db, 'ID', '2024-02-14')));
    expect(nation.get('ID')?.population).toBeGreaterThan(0);
  });
});
