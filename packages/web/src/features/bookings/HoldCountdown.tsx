import { useEffect, useState } from 'react';

/** Seconds left until `expiresAt`, ticking once a second; calls `onExpired` once when it reaches zero. */
export function useCountdown(expiresAt: string | null, onExpired: () => void): number {
  const left = () => (expiresAt ? Math.max(0, Math.round((Date.parse(expiresAt) - Date.now()) / 1000)) : 0);
  const [seconds, setSeconds] = useState(left);
  // biome-ignore lint/correctness/useExhaustiveDependencies: restarts only when the hold changes
  useEffect(() => {
    if (!expiresAt) return;
    setSeconds(left());
    const timer = setInterval(() => {
      const s = left();
      setSeconds(s);
      if (s === 0) {
        clearInterval(timer);
        onExpired();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [expiresAt]);
  return seconds;
}

export function mmss(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
