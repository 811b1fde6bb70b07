import { CreateUserBody, Nip, Position, UpdateUserBody } from '@sigap/contracts';
import { AVAILABLE_ROLES, canAssignRole, ROLES, type Role } from '@sigap/domain';
import { z } from 'zod';
import { blankOr, chosen, filled } from '../../lib/form-schema';

/**
 * The user form's rules, checked before sending: the fields of the create and update requests
 * (@sigap/contracts), wrapped for a form whose inputs start empty. The server stays the authority (rank,
 * scope, a taken username); its field errors are shown beside the same fields.
 */
export function userFormSchema(creating: boolean) {
  const { username, fullName, role, regionCode, password } = CreateUserBody.shape;
  // Optional texts: empty is none (null), filled in they follow the contract's rule.
  const optional = (rule: z.ZodType<unknown, string>) =>
    blankOr(rule).transform((value) => value.trim() || null);
  return z.object({
    // Editing does not send the username (it cannot change).
    username: creating ? filled(username) : z.string(),
    fullName: filled(fullName),
    role: chosen(role),
    regionCode: filled(regionCode),
    active: UpdateUserBody.shape.active.unwrap(),
    // Editing: an empty password keeps the current one.
    password: creating ? filled(password) : blankOr(password),
    nip: optional(Nip),
    position: optional(Position),
    /** A cemetery manager's cemetery: the select holds one id ('' for none); the request takes a list. */
    cemeteryIds: z
      .string()
      .default('')
      .transform((v) => (v ? [Number(v)] : undefined)),
  });
}

/** What the inputs hold ('' before a role is chosen). */
export type UserFormInput = z.input<ReturnType<typeof userFormSchema>>;
/** What a valid form gives: the request's values (trimmed, the username in lower case). */
export type UserFormValues = z.output<ReturnType<typeof userFormSchema>>;

/**
 * The roles the form's dropdown offers: those the domain's rank rule lets the actor hand out, minus the
 * roles whose module does not exist yet (AVAILABLE_ROLES; the server refuses them too). An account that
 * already holds a role keeps seeing it, so editing it does not silently change its role.
 */
export function roleChoices(actor: Role, current?: Role): Role[] {
  return ROLES.filter(
    (role) => (AVAILABLE_ROLES.includes(role) && canAssignRole(actor, role)) || role === current,
  );
}
