/**
 * Locks the screen after `minutes` without keyboard, pointer or wheel input, and when the
 * officer's centre session runs out (the shift's end), so the next PIN gets a fresh session.
 * Activity only stamps a time; one timer checks it, so mouse moves cost nothing.
 */
import { useEffect } from 'react';

const CHECK_MS = 5_000;
const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export function useInactivityLock(
  enabled: boolean,
  minutes: number,
  expiresAt: number | null,
  onLock: () => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    let last = Date.now();
    const stamp = () => {
      last = Date.now();
    };
    for (const e of activityEvents) window.addEventListener(e, stamp, { capture: true, passive: true });
    const timer = setInterval(() => {
      const now = Date.now();
      if (now - last >= minutes * 60_000 || (expiresAt !== null && now >= expiresAt)) onLock();
    }, CHECK_MS);
    return () => {
      clearInterval(timer);
      for (const e of activityEvents) window.removeEventListener(e, stamp, { capture: true });
    };
  }, [enabled, minutes, expiresAt, onLock]);
}
