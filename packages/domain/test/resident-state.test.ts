import { describe, expect, it } from 'vitest';
import {
  type LifeEvidence,
  type ManualState,
  manualChangeRefusals,
  newViolations,
  RESIDENT_REFUSAL_CODES,
  type ResidentState,
  renderResidentRefusal,
  residentStateViolations,
  STATE_VIOLATION_CODES,
} from '../src';

const TODAY = '2026-12-04';
const printedResident: ResidentState = {
  birthDate: '1990-05-17',
  recordingStatus: 'PRINT_READY_RECORD',
  recordingDate: '2020-03-01',
  printStatus: 'PRINTED',
  printedDate: '2020-04-01',
  handedOverDate: null,
  ikdActivatedDate: null,
  lifeStatus: 'ALIVE',
  lifeStatusDate: null,
};
const unrecorded: ResidentState = {
  ...printedResident,
  recordingStatus: 'UNREGISTERED',
  recordingDate: null,
  printStatus: 'NOT_PRINTED',
  printedDate: null,
};

const codes = (s: Partial<ResidentState>, base = printedResident) =>
  residentStateViolations({ ...base, ...s }, TODAY).map((v) => `${v.field}:${v.code}`);

describe('resident state rules (DESIGN.md "Recording pipeline")', () => {
  it('accepts coherent states', () => {
    expect(codes({})).toEqual([]);
    expect(codes({}, unrecorded)).toEqual([]);
    expect(
      codes({ printStatus: 'HANDED_OVER', handedOverDate: '2020-04-10', ikdActivatedDate: '2024-01-02' }),
    ).toEqual([]);
    expect(codes({ lifeStatus: 'DECEASED', lifeStatusDate: '2025-01-01' })).toEqual([]);
  });

  it('refuses the states the usability test saved: handed over while not recorded, dead without a date', () => {
    expect(codes({ printStatus: 'HANDED_OVER' }, unrecorded)).toEqual([
      'printStatus:print_requires_prr',
      'printedDate:printed_date_required',
      'handedOverDate:handover_date_required',
    ]);
    expect(codes({ lifeStatus: 'DECEASED' })).toEqual(['lifeStatusDate:life_date_required']);
  });

  it('needs each step’s date, and no date for a step not taken', () => {
    expect(codes({ recordingDate: null })).toContain('recordingDate:recording_date_required');
    expect(codes({ recordingDate: '2020-01-01' }, unrecorded)).toEqual([
      'recordingDate:recording_date_without_recording',
    ]);
    expect(codes({ printStatus: 'NOT_PRINTED' })).toEqual(['printedDate:printed_date_without_print']);
    expect(codes({ handedOverDate: '2020-05-01' })).toEqual([
      'handedOverDate:handover_date_without_handover',
    ]);
    expect(codes({ lifeStatusDate: '2024-01-01' })).toEqual(['lifeStatusDate:life_date_without_life_change']);
  });

  it('keeps dates in order, after birth and not in the future', () => {
    expect(codes({ printedDate: '2020-02-01' })).toEqual(['printedDate:printed_before_recording']);
    expect(codes({ printStatus: 'HANDED_OVER', handedOverDate: '2020-03-15' })).toEqual([
      'handedOverDate:handover_before_print',
    ]);
    expect(codes({ ikdActivatedDate: '2019-01-01' })).toEqual(['ikdActivatedDate:ikd_before_recording']);
    expect(codes({ recordingDate: '1989-01-01', printedDate: '1989-02-01' })).toEqual([
      'recordingDate:date_before_birth',
      'printedDate:date_before_birth',
    ]);
    expect(codes({ printedDate: '2026-12-05' })).toEqual(['printedDate:date_in_future']);
    expect(codes({ printedDate: TODAY })).toEqual([]);
  });

  it('lets IKD be activated only for a recorded resident', () => {
    expect(codes({ ikdActivatedDate: '2024-01-01' }, unrecorded)).toEqual([
      'ikdActivatedDate:ikd_requires_recording',
    ]);
    const failed = {
      ...unrecorded,
      recordingStatus: 'DUPLICATE_RECORD' as const,
      recordingDate: '2020-01-01',
    };
    expect(codes({ ikdActivatedDate: '2024-01-01' }, failed)).toEqual([
      'ikdActivatedDate:ikd_requires_recording',
    ]);
  });

  it('holds only new violations against an already stored legacy state', () => {
    const legacy = residentStateViolations({ ...unrecorded, printStatus: 'PRINTED' }, TODAY);
    const after = residentStateViolations(
      { ...unrecorded, printStatus: 'PRINTED', printedDate: '2030-01-01' },
      TODAY,
    );
    expect(newViolations(legacy, after).map((v) => v.code)).toEqual(['date_in_future']);
  });

  it('has words in both languages for every refusal', () => {
    expect(RESIDENT_REFUSAL_CODES).toEqual(expect.arrayContaining([...STATE_VIOLATION_CODES]));
    for (const code of RESIDENT_REFUSAL_CODES) {
      const [id, en] = renderResidentRefusal(code, ['2026-12-05', '2026-12-04']);
      expect(id.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(id).not.toEqual(en);
    }
    expect(renderResidentRefusal('date_in_future', ['2026-12-05', TODAY])[0]).toBe(
      'Tanggal 5 Des 2026 belum terjadi (hari ini 4 Des 2026).',
    );
  });
});

describe('who may change which status by hand', () => {
  const before: ManualState = {
    ...unrecorded,
    maritalStatus: 'BELUM_KAWIN',
    phone: null,
    address: 'Jl. Uji 1',
  };
  const none: LifeEvidence = { documentNo: null, reason: null };
  const refusals = (
    role: Parameters<typeof manualChangeRefusals>[0],
    after: Partial<ManualState>,
    ev = none,
  ) => manualChangeRefusals(role, before, { ...before, ...after }, ev).map((r) => `${r.field}:${r.code}`);
  const capture = { recordingStatus: 'BIO_CAPTURED' as const, recordingDate: '2026-12-01' };

  it('lets counter and field officers capture, and only the operator move the central steps', () => {
    expect(refusals('petugas_loket', capture)).toEqual([]);
    expect(refusals('petugas_lapangan', capture)).toEqual([]);
    const prr = { recordingStatus: 'PRINT_READY_RECORD' as const, recordingDate: '2026-12-01' };
    expect(refusals('petugas_loket', prr)).toEqual(['recordingStatus:change_not_allowed_for_role']);
    expect(refusals('operator_kabkota', prr)).toEqual([]);
  });

  it('lets only the operator print; the counter may hand a printed card over', () => {
    const printed = { ...before, ...printedResident };
    const hand = (role: Parameters<typeof manualChangeRefusals>[0], after: Partial<ManualState>) =>
      manualChangeRefusals(role, printed, { ...printed, ...after }, none).map((r) => r.code);
    expect(hand('petugas_loket', { printStatus: 'HANDED_OVER', handedOverDate: '2026-12-01' })).toEqual([]);
    expect(hand('petugas_lapangan', { printStatus: 'HANDED_OVER', handedOverDate: '2026-12-01' })).toEqual([
      'change_not_allowed_for_role',
    ]);
    expect(hand('petugas_loket', { printedDate: '2020-04-02' })).toEqual(['change_not_allowed_for_role']);
    expect(hand('operator_kabkota', { printedDate: '2020-04-02' })).toEqual([]);
  });

  it('never applies a death by hand, and needs a document and a reason for a move', () => {
    for (const role of ['superadmin', 'operator_kabkota', 'petugas_loket'] as const) {
      expect(refusals(role, { lifeStatus: 'DECEASED', lifeStatusDate: '2026-11-01' })).toEqual([
        'lifeStatus:death_needs_confirmation',
      ]);
    }
    const move = { lifeStatus: 'MOVED_OUT' as const, lifeStatusDate: '2026-11-01' };
    expect(refusals('operator_kabkota', move)).toEqual([
      'lifeStatusDocument:life_document_required',
      'lifeStatusReason:life_reason_required',
    ]);
    expect(
      refusals('operator_kabkota', move, { documentNo: 'SKPWNI/12/2026', reason: 'Pindah ke Jawa' }),
    ).toEqual([]);
    expect(refusals('petugas_loket', move, { documentNo: 'X', reason: 'Y' })).toEqual([
      'lifeStatus:change_not_allowed_for_role',
    ]);
  });

  it('freezes the statuses of a resident who died or moved out', () => {
    const dead = { ...before, lifeStatus: 'DECEASED' as const, lifeStatusDate: '2025-01-01' };
    expect(
      manualChangeRefusals('operator_kabkota', dead, { ...dead, ...capture }, none).map((r) => r.code),
    ).toContain('resident_not_alive');
  });
});
