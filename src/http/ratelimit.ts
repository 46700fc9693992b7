/**
 * A token bucket per caller (one per bot or user token): `rate` requests a second on average,
 * bursts up to `burst`. Over it, the caller is told how many seconds to wait (429 retry_after).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  /** rate 0 turns limiting off. */
  constructor(
    private readonly rate: number,
    private readonly burst: number = Math.max(1, rate * 2),
    private readonly clock: () => number = Date.now,
  ) {}

  /** Takes one request from the caller's bucket: undefined when allowed, else seconds to wait (≥ 1). */
  take(key: string): number | undefined {
    if (this.rate <= 0) return undefined;
    const now = this.clock();
    let b = this.buckets.get(key);
    if (!b) {
      // Forget idle callers so a flood of distinct keys cannot grow the map for ever.
      if (this.buckets.size > 10_000) this.sweep(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.rate));
  }

  private sweep(now: number): void {
    for (const [k, b] of this.buckets) if (b.tokens + ((now - b.at) / 1000) * this.rate >= this.burst) this.buckets.delete(k);
  }
}
