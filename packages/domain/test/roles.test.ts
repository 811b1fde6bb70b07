import { describe, expect, it } from 'vitest';
import { isValidNip } from '../src/nip';
import { roleMay } from '../src/permissions';
import {
  AVAILABLE_ROLES,
  canAssignRole,
  isRole,
  isRoleAvailable,
  ROLE_LABELS,
  ROLES,
  ROLES_WITHOUT_MODULE,
} from '../src/roles';

describe('roles', () => {
  it('has the eight roles of the design, each with both labels', () => {
    expect(ROLES).toHaveLength(8);
    for (const r of ROLES) {
      expect(ROLE_LABELS[r].id.length).toBeGreaterThan(0);
      expect(ROLE_LABELS[r].en.length).toBeGreaterThan(0);
    }
    expect(isRole('operator_kabkota')).toBe(true);
    expect(isRole('root')).toBe(false);
  });

  it('never lets an administrator grant a role above its own', () => {
    expect(canAssignRole('admin_provinsi', 'superadmin')).toBe(false);
    expect(canAssignRole('admin_provinsi', 'admin_provinsi')).toBe(true);
    expect(canAssignRole('admin_provinsi', 'operator_kabkota')).toBe(true);
    expect(canAssignRole('superadmin', 'superadmin')).toBe(true);
    expect(canAssignRole('operator_kabkota', 'admin_provinsi')).toBe(false);
  });

  it('lets only administrators manage users and read the audit log', () => {
    const admins = ROLES.filter((r) => roleMay(r, 'user.manage'));
    expect(admins).toEqual(['superadmin', 'admin_provinsi']);
    expect(ROLES.filter((r) => roleMay(r, 'audit.read'))).toEqual(['superadmin', 'admin_provinsi']);
    expect(ROLES.every((r) => roleMay(r, 'region.read'))).toBe(true);
  });
});

describe('roles available for new accounts', () => {
  it('hides the roles whose module has no page yet, and only those', () => {
    expect(ROLES_WITHOUT_MODULE).toEqual([]);
    expect(AVAILABLE_ROLES).toEqual(ROLES);
    expect(isRoleAvailable('operator_kabkota')).toBe(true);
    // The suket verifier is the verifikator's page; the burial register the cemetery manager's.
    expect(isRoleAvailable('verifikator')).toBe(true);
    expect(isRoleAvailable('pengelola_makam')).toBe(true);
  });
});

describe('NIP', () => {
  it('is 18 digits, nothing else', () => {
    expect(isValidNip('198503142010011002')).toBe(true);
    expect(isValidNip('19850314201001100')).toBe(false);
    expect(isValidNip('1985031420100110021')).toBe(false);
    expect(isValidNip('19850314 201001 1 002')).toBe(false);
    expect(isValidNip('19850314201001100a')).toBe(false);
  });
});
