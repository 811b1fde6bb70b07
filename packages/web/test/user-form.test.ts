import { describe, expect, it } from 'vitest';
import { roleChoices, userFormSchema } from '../src/features/users/user-form.schema';

const FILLED = {
  username: 'staf.baru',
  fullName: 'Staf Baru',
  role: 'operator_kabkota',
  regionCode: '18.71',
  active: true,
  password: 'sandi-rahasia-1',
  nip: '',
  position: '',
};

/** Issue 11: the user form's NIP and position, and the roles its dropdown offers. */
describe('user form', () => {
  it('sends no NIP or position when left empty, trimmed ones when filled', () => {
    const schema = userFormSchema(true);
    expect(schema.parse(FILLED)).toMatchObject({ nip: null, position: null });
    expect(
      schema.parse({ ...FILLED, nip: ' 198503142010011002 ', position: ' Kepala Seksi ' }),
    ).toMatchObject({ nip: '198503142010011002', position: 'Kepala Seksi' });
  });

  it("refuses a NIP that is not 18 digits with the contract's message", () => {
    const r = userFormSchema(true).safeParse({ ...FILLED, nip: '1985 0314' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nip', 'NIP terdiri dari 18 angka.|NIP: 18 digits.'],
    ]);
  });

  it('offers no role without its module, nor one above the actor', () => {
    expect(roleChoices('superadmin')).toEqual([
      'superadmin',
      'admin_provinsi',
      'operator_kabkota',
      'petugas_loket',
      'petugas_lapangan',
      'pimpinan',
      // The suket verifier and the burial register gave these two their modules.
      'verifikator',
      'pengelola_makam',
    ]);
    expect(roleChoices('admin_provinsi')).not.toContain('superadmin');
    expect(roleChoices('admin_provinsi')).toContain('verifikator');
    expect(roleChoices('admin_provinsi')).toContain('pengelola_makam');
  });
});
