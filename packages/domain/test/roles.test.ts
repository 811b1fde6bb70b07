import { describe, expect, it } from 'vitest';
import { roleMay } from '../src/permissions';
import { canAssignRole, isRole, ROLE_LABELS, ROLES } from '../src/roles';

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
