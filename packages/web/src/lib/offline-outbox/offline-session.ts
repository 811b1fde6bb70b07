import type { Session } from '@sigap/contracts';

/**
 * The last session the server confirmed, so a field page reloaded without a signal still knows who is
 * signed in (the session cookie is still there; only the check is impossible). Kept at most OFFLINE_DAYS,
 * as MOSIP's registration client limits days without sync: after that the person must sign in online.
 * Dropped on sign-out and on any 401.
 */
const KEY = 'sigap.offline-session';
export const OFFLINE_DAYS = 7;

interface Stored {
  session: Session;
  savedAt: string;
}

export function rememberSession(session: Session): void {
  try {
    localStorage.setItem(
      KEY,
      JSON.stringify({ session, savedAt: new Date().toISOString() } satisfies Stored),
    );
  } catch {
    // Storage full or disabled: offline reloads will ask to sign in, nothing else changes.
  }
}

export function forgetSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // see above
  }
}

/** The remembered session if it is recent enough, for use only when the server cannot be reached. */
export function rememberedSession(now = new Date()): Session | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const stored = JSON.parse(raw) as Stored;
    const age = now.getTime() - Date.parse(stored.savedAt);
    return age >= 0 && age < OFFLINE_DAYS * 24 * 3600_000 ? stored.session : undefined;
  } catch {
    return undefined;
  }
}
