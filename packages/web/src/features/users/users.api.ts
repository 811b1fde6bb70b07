import type {
  CreateUserBody,
  UpdateUserBody,
  PublicUser as User,
  UserListQuery,
  UserReply,
} from '@sigap/contracts';
import type { z } from 'zod';
import { api, withQuery } from '../../lib/api';

export type NewUser = z.input<typeof CreateUserBody>;
export type UserChanges = z.input<typeof UpdateUserBody>;

/** Passed to the list page after a save, translated there so it follows a language switch. */
export interface UserNotice {
  kind: 'created' | 'updated';
  username: string;
}

export function usersPath(query: UserListQuery): string {
  return withQuery('/v1/users', { ...query });
}

export function fetchUser(id: number, signal?: AbortSignal): Promise<User> {
  return api.get<UserReply>(`/v1/users/${id}`, signal).then((r) => r.user);
}

export function createUser(user: NewUser, idempotencyKey?: string): Promise<User> {
  return api.post<UserReply>('/v1/users', user, idempotencyKey).then((r) => r.user);
}

export function updateUser(id: number, changes: UserChanges, idempotencyKey?: string): Promise<User> {
  return api.patch<UserReply>(`/v1/users/${id}`, changes, idempotencyKey).then((r) => r.user);
}
