import { z } from 'zod';
import { PublicUser } from './users';

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof LoginBody>;

/** The answer of login and `/auth/me`: who is logged in, and the token every write must echo. */
export const Session = z.object({ user: PublicUser, csrfToken: z.string() });
export type Session = z.infer<typeof Session>;
