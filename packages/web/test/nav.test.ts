import { ROLES } from '@sigap/domain';
import { describe, expect, it } from 'vitest';
import { landingPathFor, navItemsFor } from '../src/app/nav';

describe('navigation per role', () => {
  it('gives the verifikator its one page: it lands on the offline verifier and the menu holds only it', () => {
    expect(landingPathFor('verifikator')).toBe('/verifikator');
    expect(navItemsFor('verifikator').map((i) => i.to)).toEqual(['/verifikator']);
  });

  it('keeps every other role on its pages (the verifier shows for those who may verify)', () => {
    expect(landingPathFor('admin_provinsi')).toBe('/dasbor');
    expect(landingPathFor('operator_kabkota')).toBe('/');
    expect(navItemsFor('operator_kabkota').map((i) => i.to)).toContain('/verifikator');
    expect(navItemsFor('petugas_loket').map((i) => i.to)).not.toContain('/verifikator');
    for (const role of ROLES) expect(navItemsFor(role).length).toBeGreaterThan(0);
  });
});
