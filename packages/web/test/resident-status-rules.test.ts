import type { ResidentDetail } from '@sigap/contracts';
import { RECORDING_STATUSES } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import {
  deathReportBody,
  editable,
  formRefusals,
  lifeChoices,
  printChoices,
  recordingChoices,
  statusChanges,
  valuesOf,
} from '../src/features/residents/resident-status-rules';

/** The status form applies the domain's registry rules before sending (pure: no DOM). */
const TODAY = '2024-06-01';
const NOT_RECORDED = {
  id: 7,
  nik: '1871014101900001',
  noKk: '1871010000000001',
  fullName: 'Ratna Wiratmaja',
  sex: 'P',
  birthPlace: 'Bandar Lampung',
  birthDate: '1990-01-01',
  maritalStatus: 'KAWIN',
  citizenship: 'WNI',
  stayPermit: null,
  religion: null,
  occupation: null,
  villageCode: '18.71.01.1003',
  regionPath: 'Lampung',
  address: 'Jl. Pagar Alam 1',
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
  qualityFlags: [],
  mustHoldIdToday: true,
  history: [],
} satisfies ResidentDetail;
const PRINTED: ResidentDetail = {
  ...NOT_RECORDED,
  recordingStatus: 'PRINT_READY_RECORD',
  recordingDate: '2023-03-01',
  printStatus: 'PRINTED',
  printedDate: '2023-04-01',
};

describe('status form rules', () => {
  it('refuses a handed-over card on a resident not recorded, beside each field, before sending', () => {
    const values = { ...valuesOf(NOT_RECORDED), printStatus: 'HANDED_OVER' as const };
    const refused = formRefusals(NOT_RECORDED, values, 'operator_kabkota', TODAY);
    expect(refused.printStatus?.code).toBe('print_requires_prr');
    expect(refused.printedDate?.code).toBe('printed_date_required');
    expect(refused.handedOverDate?.code).toBe('handover_date_required');
  });

  it('says nothing while nothing changed, and flags a future date', () => {
    expect(formRefusals(PRINTED, valuesOf(PRINTED), 'petugas_loket', TODAY)).toEqual({});
    const future = {
      ...valuesOf(PRINTED),
      printStatus: 'HANDED_OVER' as const,
      handedOverDate: '2024-07-01',
    };
    expect(formRefusals(PRINTED, future, 'petugas_loket', TODAY).handedOverDate).toEqual({
      code: 'date_in_future',
      params: ['2024-07-01', TODAY],
    });
  });

  it('limits a counter clerk to capture and handover, not an operator', () => {
    expect(recordingChoices(NOT_RECORDED, 'petugas_loket')).toEqual(['UNREGISTERED', 'BIO_CAPTURED']);
    expect(printChoices(NOT_RECORDED, 'petugas_loket')).toEqual(['NOT_PRINTED']);
    expect(printChoices(PRINTED, 'petugas_loket')).toEqual(['PRINTED', 'HANDED_OVER']);
    expect(recordingChoices(PRINTED, 'operator_kabkota')).toEqual([...RECORDING_STATUSES]);
    const capture = { ...valuesOf(NOT_RECORDED), recordingStatus: 'BIO_CAPTURED' as const };
    expect(editable(NOT_RECORDED, valuesOf(NOT_RECORDED), 'petugas_loket').recordingDate).toBe(false);
    expect(editable(NOT_RECORDED, capture, 'petugas_loket').recordingDate).toBe(true);
    expect(editable(PRINTED, valuesOf(PRINTED), 'petugas_loket').printedDate).toBe(false);
  });

  it('lets a clerk report a death but not move a resident out; no second report while one waits', () => {
    expect(lifeChoices(NOT_RECORDED, 'petugas_loket', false)).toEqual(['ALIVE', 'DECEASED']);
    expect(lifeChoices(NOT_RECORDED, 'petugas_loket', true)).toEqual(['ALIVE']);
    expect(lifeChoices(NOT_RECORDED, 'operator_kabkota', false)).toEqual(['ALIVE', 'DECEASED', 'MOVED_OUT']);
  });

  it('a move out needs a document and a reason, sent with the change', () => {
    const moved = {
      ...valuesOf(NOT_RECORDED),
      lifeStatus: 'MOVED_OUT' as const,
      lifeStatusDate: '2024-05-01',
    };
    const refused = formRefusals(NOT_RECORDED, moved, 'operator_kabkota', TODAY);
    expect(refused.lifeStatusDocument?.code).toBe('life_document_required');
    expect(refused.lifeStatusReason?.code).toBe('life_reason_required');
    const filled = { ...moved, lifeStatusDocument: 'SKPWNI/12', lifeStatusReason: 'Pindah ke Metro' };
    expect(formRefusals(NOT_RECORDED, filled, 'operator_kabkota', TODAY)).toEqual({});
    expect(statusChanges(NOT_RECORDED, filled)).toEqual({
      lifeStatus: 'MOVED_OUT',
      lifeStatusDate: '2024-05-01',
      lifeStatusDocument: 'SKPWNI/12',
      lifeStatusReason: 'Pindah ke Metro',
    });
  });

  it('a death becomes a report: its fields are checked and left out of the change', () => {
    const died = { ...valuesOf(PRINTED), lifeStatus: 'DECEASED' as const };
    const refused = formRefusals(PRINTED, died, 'petugas_loket', TODAY);
    expect(refused.lifeStatusDate?.code).toBe('life_date_required');
    expect(refused.lifeStatusDocument?.code).toBe('life_document_required');
    expect(refused.lifeStatus).toBeUndefined();
    const full = {
      ...died,
      lifeStatusDate: '2024-05-20',
      lifeStatusDocument: ' AK-1 ',
      lifeStatusReason: 'Sakit',
    };
    expect(formRefusals(PRINTED, full, 'petugas_loket', TODAY)).toEqual({});
    expect(statusChanges(PRINTED, full)).toEqual({});
    expect(deathReportBody(full)).toEqual({ dateOfDeath: '2024-05-20', documentNo: 'AK-1', reason: 'Sakit' });
    const before = { ...full, lifeStatusDate: '1980-01-01' };
    expect(formRefusals(PRINTED, before, 'petugas_loket', TODAY).lifeStatusDate?.code).toBe(
      'date_before_birth',
    );
  });
});
