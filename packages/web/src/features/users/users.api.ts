import type { Role } from '@sigap/domain';
import { api, withQuery } from '../../lib/api';
import type { Page, User } from '../../lib/types';

export interface UserQuery {
  q?: string;
  region?: string;
  page: number;
  pageSize: number;
}

export interface NewUser {
  username: string;
  fullName: string;
  role: Role | undefined;
  regionCode: string;
  password: string;
}

export type UserChanges = Partial<{
  fullName: string;
  role: Role;
  regionCode: string;
  active: boolean;
  password: string;
}>;

/** Passed to the list page after a save, translated there so it follows a language switch. */
export interface UserNotice {
  kind: 'created' | 'updated';
  username: string;
}

export function usersPath(query: UserQuery): string {
  return withQuery('/v1/users', { ...query });
}

export function fetchUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
  return api.get<Page<User>>(usersPath(query), signal);
}

export function fetchUser(id: number, signal?: AbortSignal): Promise<User> {
  return api.get<{ user: User }>(`/v1/users/${id}`, signal).then((r) => r.user);
}

export function createUser(user: NewUser, idempotencyKey?: string): Promise<User> {
  return api.post<{ user: User }>('/v1/users', user, idempotencyKey).then((r) => r.user);
}

export function updateUser(id: number, changes: UserChanges, idempotencyKey?: string): Promise<User> {
  return api.patch<{ user: User }>(`/v1/users/${id}`, changes, idempotencyKey).then((r) => r.user);
}
