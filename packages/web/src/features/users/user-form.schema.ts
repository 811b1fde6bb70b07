import { CreateUserBody, UpdateUserBody } from '@sigap/contracts';
import { z } from 'zod';
import { blankOr, chosen, filled } from '../../lib/form-schema';

/**
 * The user form's rules, checked before sending: the fields of the create and update requests
 * (@sigap/contracts), wrapped for a form whose inputs start empty. The server stays the authority (rank,
 * scope, a taken username); its field errors are shown beside the same fields.
 */
export function userFormSchema(creating: boolean) {
  const { username, fullName, role, regionCode, password } = CreateUserBody.shape;
  return z.object({
    // Editing does not send the username (it cannot change).
    username: creating ? filled(username) : z.string(),
    fullName: filled(fullName),
    role: chosen(role),
    regionCode: filled(regionCode),
    active: UpdateUserBody.shape.active.unwrap(),
    // Editing: an empty password keeps the current one.
    password: creating ? filled(password) : blankOr(password),
  });
}

/** What the inputs hold ('' before a role is chosen). */
export type UserFormInput = z.input<ReturnType<typeof userFormSchema>>;
/** What a valid form gives: the request's values (trimmed, the username in lower case). */
export type UserFormValues = z.output<ReturnType<typeof userFormSchema>>;
