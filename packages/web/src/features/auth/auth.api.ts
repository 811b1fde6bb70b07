import type { LoginBody, Session } from '@sigap/contracts';
import type { z } from 'zod';
import { api } from '../../lib/api';

export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return api.get<Session>('/v1/auth/me', signal);
}

export function login(username: string, password: string): Promise<Session> {
  const body: z.input<typeof LoginBody> = { username, password };
  return api.post<Session>('/v1/auth/login', body);
}

export function logout(): Promise<void> {
  return api.post<void>('/v1/auth/logout');
}
