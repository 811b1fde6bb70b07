import type { Session, PublicUser as User } from '@sigap/contracts';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../../lib/api';
import { forgetSession, rememberedSession, rememberSession } from '../../lib/offline-outbox/offline-session';
import * as authApi from './auth.api';

type AuthStatus = 'loading' | 'anonymous' | 'authenticated';

interface AuthValue {
  status: AuthStatus;
  user: User | undefined;
  /** True when the server ended the session (401) rather than the user signing out. */
  expired: boolean;
  /** True when the server could not be reached and the last confirmed session is used (offline pages). */
  offline: boolean;
  /** Resolves with the signed-in user, so the caller can pick the landing page for the role. */
  signIn: (username: string, password: string) => Promise<User>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | undefined>(undefined);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUser] = useState<User | undefined>();
  const [expired, setExpired] = useState(false);
  const [offline, setOffline] = useState(false);
  const statusRef = useRef(status);
  statusRef.current = status;

  const accept = useCallback((session: Session, fromCache = false) => {
    if (!fromCache) rememberSession(session);
    setOffline(fromCache);
    setCsrfToken(session.csrfToken);
    setUser(session.user);
    setExpired(false);
    setStatus('authenticated');
  }, []);

  const drop = useCallback(() => {
    forgetSession();
    setOffline(false);
    setCsrfToken(undefined);
    setUser(undefined);
    setStatus('anonymous');
  }, []);

  // Any 401 from any request means the session is gone: drop the user so the router shows the login page.
  useEffect(() => {
    setUnauthorizedHandler(() => {
      if (statusRef.current === 'authenticated') setExpired(true);
      drop();
    });
    return () => setUnauthorizedHandler(undefined);
  }, [drop]);

  // The session cookie is httpOnly, so only the server can tell whether we are still signed in.
  useEffect(() => {
    const controller = new AbortController();
    authApi.fetchSession(controller.signal).then(accept, (error: unknown) => {
      if (controller.signal.aborted) return;
      // No connection (a field team at a school): keep the last confirmed session so offline pages open.
      const remembered = error instanceof ApiError && error.status === 0 ? rememberedSession() : undefined;
      if (remembered) {
        accept(remembered, true);
        return;
      }
      if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
      drop();
    });
    return () => controller.abort();
  }, [accept, drop]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const session = await authApi.login(username, password);
      accept(session);
      return session.user;
    },
    [accept],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Even if the server is unreachable, the person asked to leave: never keep showing their data.
      drop();
    }
  }, [drop]);

  const value = useMemo<AuthValue>(
    () => ({ status, user, expired, offline, signIn, signOut }),
    [status, user, expired, offline, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components rendered behind ProtectedRoute. */
export function useCurrentUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser used outside a protected route');
  return user;
}
