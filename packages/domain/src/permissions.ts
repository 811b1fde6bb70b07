import type { Role } from './roles';

/**
 * Every action a service may check, with the roles allowed to do it. Region scope is checked separately
 * (see `isWithinScope`); this table answers only "may this role do this at all".
 * Later modules add their actions here so the whole access policy stays readable in one place.
 */
export const PERMISSIONS = {
  'region.read': ['*'],
  'user.read': ['superadmin', 'admin_provinsi'],
  'user.manage': ['superadmin', 'admin_provinsi'],
  'audit.read': ['superadmin', 'admin_provinsi'],
} as const satisfies Record<string, readonly (Role | '*')[]>;

export type Action = keyof typeof PERMISSIONS;

/** Whether `role` may perform `action` anywhere (scope is a separate check). */
export function roleMay(role: Role, action: Action): boolean {
  const allowed: readonly string[] = PERMISSIONS[action];
  return allowed.includes('*') || allowed.includes(role);
}
