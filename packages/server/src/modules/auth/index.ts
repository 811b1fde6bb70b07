/** Login, sessions and passwords: the session cookie, login throttling and device cookies. */

export { authRoutes } from './auth.routes';
export { endUserSessions, resolveSession, sessionIdFromToken } from './auth.service';
export { burnPasswordCheck, hashPassword, verifyPassword } from './password';
export type { SessionWithUser } from './sessions.repository';
