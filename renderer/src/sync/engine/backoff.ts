/**
 * How long to wait before retrying a failed sync: exponential with "full jitter" (a random delay
 * up to the exponential cap), so many consoles that lost the platform together do not all come
 * back in the same second.
 */
export interface BackoffPolicy {
  /** The cap of the first retry. */
  baseMs: number;
  /** No wait is longer than this. */
  maxMs: number;
  /** A wait is never shorter than this, so a retry never spins. */
  minMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000, minMs: 250 };

/** The wait before retry number `attempt` (1 = the first retry); `random` is in [0, 1). */
export function retryDelayMs(
  attempt: number,
  random: number,
  policy: BackoffPolicy = defaultBackoff,
): number {
  const exponent = Math.min(Math.max(attempt - 1, 0), 30);
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.max(policy.minMs, Math.floor(random * cap));
}
