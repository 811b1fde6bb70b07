// Temporary UI seed (not part of the project): a few residents in Bandar Lampung for screenshots.
import { buildNik } from '@sigap/domain';
import { openDatabase } from './packages/server/src/db/connect';
import { applyResidentWrites } from './packages/server/src/modules/residents/resident-write.service';

const handle = openDatabase({ engine: 'sqlite', file: '/tmp/sigap-ui-data/sigap.db' });
const names = ['Siti Aminah', 'Budi Santoso', 'Dewi Lestari', 'Agus Salim', 'Rina Marlina', 'Joko Widodo', 'Ani Yudhoyono', 'Putri Ayu'];
const statuses = ['PRINT_READY_RECORD', 'BIO_CAPTURED', 'UNREGISTERED', 'ENROLL_FAILURE_AT_CENTRAL', 'PROCESSING', 'PRINT_READY_RECORD', 'SENT_FOR_ENROLLMENT', 'UNREGISTERED'] as const;
const writes = names.map((fullName, i) => {
  const sex = i % 2 === 0 ? 'P' : 'L';
  const birthDate = `${1980 + i * 3}-0${(i % 9) + 1}-1${i}`;
  return {
    kind: 'upsert' as const,
    line: i + 2,
    qualityFlags: i === 1 ? ['nik_birth_date_mismatch'] : [],
    record: {
      nik: buildNik({ districtCode: '18.71.01', birthDate, sex, serial: i + 1 }),
      noKk: `187101010101000${i}`,
      fullName,
      sex,
      birthPlace: 'Bandar Lampung',
      birthDate,
      maritalStatus: i % 3 === 0 ? 'KAWIN' : 'BELUM_KAWIN',
      citizenship: 'WNI',
      stayPermit: null,
      religion: 'ISLAM',
      occupation: 'WIRASWASTA',
      villageCode: `18.71.01.100${(i % 3) + 1}`,
      address: `Jl. Teuku Umar No. ${i + 10}`,
      phone: null,
      lifeStatus: 'ALIVE',
      lifeStatusDate: null,
      recordingStatus: statuses[i],
      recordingDate: statuses[i] === 'UNREGISTERED' ? null : '2024-01-15',
      recordingPlace: statuses[i] === 'UNREGISTERED' ? null : 'Disdukcapil Kota Bandar Lampung',
      printStatus: 'NOT_PRINTED',
      printedDate: null,
      handedOverDate: null,
      ikdActivatedDate: null,
    },
  };
});
const out = await handle.db.transaction().execute((trx) =>
  applyResidentWrites(trx, handle.engine, writes as never, {
    source: 'import',
    actor: null,
    ip: null,
    scope: '18.71',
    audit: 'batch',
    enforceTransitions: false,
  }),
);
console.log(out);
await handle.close();
