import { ROLES } from '@sigap/domain';
import { z } from 'zod';
import type { MessageKey } from '../../lib/i18n';

/**
 * The user form's rules, checked before sending. They mirror packages/server/src/modules/users/users.schema.ts
 * but are written here: that file imports the server's http helpers, which must not enter the web bundle
 * (a shared contracts package is a later step of issue 10). The server stays the authority; its field
 * errors are shown beside the same fields. Messages are message keys, translated when shown.
 */
const required: MessageKey = 'common.required';

const password = z.string().refine((value) => value === '' || (value.length >= 10 && value.length <= 200), {
  message: 'users.invalid.password' satisfies MessageKey,
});

export function userFormSchema(creating: boolean) {
  return z.object({
    username: creating
      ? z
          .string()
          .trim()
          .min(1, required)
          .regex(/^[a-zA-Z0-9][a-zA-Z0-9._-]{2,39}$/, 'users.invalid.username' satisfies MessageKey)
      : z.string(),
    fullName: z
      .string()
      .trim()
      .min(1, required)
      .min(2, 'users.invalid.fullName' satisfies MessageKey)
      .max(120),
    role: z.union([z.enum(ROLES), z.literal('')]).refine((role) => role !== '', { message: required }),
    regionCode: z.string().min(1, required),
    active: z.boolean(),
    password: creating ? password.refine((value) => value !== '', { message: required }) : password,
  });
}
