import { AUDIT_ACTIONS } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import { actionLabel, entityLabel, summaryParts } from '../src/features/audit/audit-summary';

const id = { locale: 'id' as const };

/** Issue 11: the audit page reads as sentences of labels, not raw codes and JSON keys. */
describe('audit summary', () => {
  it('names every action the server writes, in both languages', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(actionLabel(action, 'id')).not.toBe(action);
      expect(actionLabel(action, 'en')).not.toBe(action);
    }
    expect(actionLabel('resident.generate_batch', 'id')).toBe('Pembuatan data contoh (satu kelompok)');
    // An action from another version is shown as its code rather than hidden.
    expect(actionLabel('future.thing', 'id')).toBe('future.thing');
  });

  it('names what an entry is about', () => {
    expect(entityLabel('import_job', 'id')).toBe('Impor');
    expect(entityLabel('resident', 'en')).toBe('Resident');
    expect(entityLabel('something_new', 'id')).toBe('something_new');
  });

  it('names the election instead of showing its id, or "Pemilihan #3" when the name is not known', () => {
    const summary = { format: 'xlsx', referenceDate: '2024-11-27', electionId: 3 };
    const named = summaryParts('export.coverage', summary, {
      ...id,
      electionName: (n) => (n === 3 ? 'Pilkada 2024' : undefined),
    });
    expect(named).toEqual([
      ['Format', 'xlsx'],
      ['Tanggal acuan', '27 Nov 2024'],
      ['Pemilihan', 'Pilkada 2024'],
    ]);
    expect(summaryParts('export.coverage', summary, id)[2]).toEqual(['Pemilihan', 'Pemilihan #3']);
    expect(summaryParts('export.coverage', summary, { locale: 'en' })[2]).toEqual([
      'Election',
      'Election #3',
    ]);
  });

  it('writes user changes as before → after with role names and yes/no', () => {
    const parts = summaryParts(
      'user.update',
      {
        username: 'budi',
        role: ['petugas_loket', 'operator_kabkota'],
        active: [true, false],
        password: 'changed',
      },
      id,
    );
    expect(parts).toEqual([
      ['Nama pengguna', 'budi'],
      ['Peran', 'Petugas Loket → Operator Kabupaten/Kota'],
      ['Aktif', 'ya → tidak'],
      ['Kata sandi', 'diubah'],
    ]);
  });

  it('does not read a two-item list of another action as a change', () => {
    const parts = summaryParts('resident.update', { source: 'counter', fields: ['recording', 'print'] }, id);
    expect(parts).toEqual([
      ['Sumber', 'loket'],
      ['Data yang diubah', 'recording, print'],
    ]);
  });

  it('labels nested filters, codes and numbers; leaves free text as written', () => {
    expect(
      summaryParts(
        'resident.search',
        { filter: { nik: '1871••••••••0001', region: '18.71', q: undefined }, rows: 1200 },
        id,
      ),
    ).toEqual([
      ['Saringan', 'NIK 1871••••••••0001, Wilayah 18.71'],
      ['Jumlah baris', '1.200'],
    ]);
    expect(summaryParts('auth.login_failed', { username: 'import', reason: 'wrong_password' }, id)).toEqual([
      ['Nama pengguna', 'import'],
      ['Alasan', 'kata sandi salah'],
    ]);
    expect(summaryParts('auth.login', {}, id)).toEqual([]);
  });
});
