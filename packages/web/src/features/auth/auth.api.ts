import { api } from '../../lib/api';
import type { Session } from '../../lib/types';

export function fetchSession(signal?: AbortSignal): Promise<Session> {
  return api.get<Session>('/v1/auth/me', signal);
}

export function login(username: string, password: string): Promise<Session> {
  return api.post<Session>('/v1/auth/login', { username, password });
}

export function logout(): Promise<void> {
  return api.post<void>('/v1/auth/logout');
}
