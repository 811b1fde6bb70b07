/** The eight roles of Sigap (DESIGN.md "Who uses it"); code names are stable, labels are for people. */
export const ROLES = [
  'superadmin',
  'admin_provinsi',
  'operator_kabkota',
  'petugas_loket',
  'petugas_lapangan',
  'pimpinan',
  'verifikator',
  'pengelola_makam',
] as const;

export type Role = (typeof ROLES)[number];

/** True when the value is one of the eight role codes. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/**
 * Rank decides who may create whom: an administrator never grants a role ranked above its own.
 * Field roles share a rank because none of them administers the others.
 */
const ROLE_RANK: Record<Role, number> = {
  superadmin: 100,
  admin_provinsi: 80,
  operator_kabkota: 60,
  pimpinan: 50,
  petugas_loket: 40,
  petugas_lapangan: 40,
  verifikator: 30,
  pengelola_makam: 30,
};

/** Rank of a role; higher ranks may administer lower or equal ranks. */
export function roleRank(role: Role): number {
  return ROLE_RANK[role];
}

/** Whether a user with `actor` role may give another user the `target` role. */
export function canAssignRole(actor: Role, target: Role): boolean {
  return ROLE_RANK[target] <= ROLE_RANK[actor];
}

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  superadmin: { id: 'Superadmin', en: 'Superadmin' },
  admin_provinsi: { id: 'Admin Provinsi', en: 'Province administrator' },
  operator_kabkota: { id: 'Operator Kabupaten/Kota', en: 'Regency/city operator' },
  petugas_loket: { id: 'Petugas Loket', en: 'Counter clerk' },
  petugas_lapangan: { id: 'Petugas Lapangan', en: 'Field officer' },
  pimpinan: { id: 'Pimpinan', en: 'Leadership (read only)' },
  verifikator: { id: 'Verifikator', en: 'Verifier' },
  pengelola_makam: { id: 'Pengelola Makam', en: 'Cemetery manager' },
};

/**
 * Roles whose module has no page yet. An account of such a role could log in to nothing, so the user form
 * does not offer it and the users API refuses it. Remove a role from this list when its module lands; it
 * reappears in the form and the API at once. Empty since issue 16: `verifikator` works on the offline
 * suket verifier (`/verifikator`), `pengelola_makam` in the burial register (`/makam`).
 */
export const ROLES_WITHOUT_MODULE: readonly Role[] = [];

/** The roles an administrator may hand out today (every role whose module exists). */
export const AVAILABLE_ROLES: readonly Role[] = ROLES.filter((role) => !ROLES_WITHOUT_MODULE.includes(role));

/** Whether accounts of this role can be created or given it now (see ROLES_WITHOUT_MODULE). */
export function isRoleAvailable(role: Role): boolean {
  return AVAILABLE_ROLES.includes(role);
}
