/**
 * Rate limits for the public endpoints, per caller address and route group. An interface, so a
 * platform running several instances can put a shared store (Redis, the database) behind it; the
 * one here is a token bucket per (group, address) in memory: each instance limits on its own.
 */

export interface RateLimiter {
  /** Takes one request from the bucket; returns 0 when allowed, else the seconds to wait. */
  take(group: string, address: string, now: number): number;
}

export interface BucketPolicy {
  /** Requests at once. */
  capacity: number;
  /** Requests given back per minute. */
  perMinute: number;
}

export class MemoryTokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly policies: Readonly<Record<string, BucketPolicy>>,
    private readonly fallback: BucketPolicy = { capacity: 60, perMinute: 60 },
    /** Buckets kept before the fullest (idle) ones are forgotten. */
    private readonly maxBuckets = 50_000,
  ) {}

  take(group: string, address: string, now: number): number {
    const policy = this.policies[group] ?? this.fallback;
    const key = `${group}\u0000${address}`;
    const bucket = this.buckets.get(key) ?? { tokens: policy.capacity, at: now };
    const refilled = Math.min(
      policy.capacity,
      bucket.tokens + ((now - bucket.at) / 60_000) * policy.perMinute,
    );
    if (refilled < 1) {
      this.buckets.set(key, { tokens: refilled, at: now });
      return Math.max(1, Math.ceil(((1 - refilled) / policy.perMinute) * 60));
    }
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: refilled - 1, at: now });
    if (this.buckets.size > this.maxBuckets) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return 0;
  }
}
