/**
 * Locks the desk after the shop's idle time without a key, a click or a scroll. The deadline is
 * re-armed on activity (at most once a second), so a busy counter pays nothing per keystroke.
 */
import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export function useIdleLock(idleMs: number | null, onIdle: () => void): void {
  useEffect(() => {
    if (idleMs === null) return;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          if (Date.now() - lastActivity >= idleMs) onIdle();
          else arm();
        },
        Math.max(0, lastActivity + idleMs - Date.now()),
      );
    };
    let rearmedAt = 0;
    const onActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - rearmedAt > 1000) {
        rearmedAt = lastActivity;
        arm();
      }
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true });
    arm();
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity);
    };
  }, [idleMs, onIdle]);
}
