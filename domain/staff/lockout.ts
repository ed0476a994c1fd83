/**
 * Wrong PINs, per member and per desk: 5 wrong in a row lock that member out on this desk for
 * 5 minutes, each further lock twice as long (at most an hour); the right PIN clears it. Kept on
 * the desk only (a local store), so a member locked out at one counter can still work at another.
 * Pure: the caller passes the clock.
 */

export interface PinAttempts {
  staffId: string;
  /** Wrong PINs since the last lock or success. */
  failures: number;
  /** Until when the member is locked out here (epoch ms), or null. */
  lockedUntil: number | null;
  /** Locks so far since the last success; each one lasts twice the one before. */
  locks: number;
}

export const PIN_LOCKOUT = {
  freeFailures: 5,
  firstLockMs: 5 * 60_000,
  longestLockMs: 60 * 60_000,
} as const;

export function noAttempts(staffId: string): PinAttempts {
  return { staffId, failures: 0, lockedUntil: null, locks: 0 };
}

/** How long the member stays locked out, in ms; 0 when a PIN may be tried now. */
export function lockedForMs(attempts: PinAttempts | undefined, now: number): number {
  if (!attempts?.lockedUntil) return 0;
  return Math.max(0, attempts.lockedUntil - now);
}

export function afterWrongPin(attempts: PinAttempts, now: number): PinAttempts {
  const failures = attempts.failures + 1;
  if (failures < PIN_LOCKOUT.freeFailures) return { ...attempts, failures };
  const lockMs = Math.min(PIN_LOCKOUT.firstLockMs * 2 ** attempts.locks, PIN_LOCKOUT.longestLockMs);
  return { ...attempts, failures: 0, lockedUntil: now + lockMs, locks: attempts.locks + 1 };
}
