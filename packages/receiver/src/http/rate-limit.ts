/**
 * A fixed one-minute window per client address, in this process's memory. With several instances each
 * counts on its own, so the limit a client meets is per instance: enough to stop a loop flooding one
 * receiver, and it keeps the instances free of shared state (the store is the only thing they share).
 */
export function createRateLimiter(perMinute: number, now: () => number) {
  let windowStart = now();
  let counts = new Map<string, number>();
  return {
    /** Seconds to wait, or 0 when the request may go on. */
    take(address: string): number {
      const time = now();
      if (time - windowStart >= 60_000) {
        windowStart = time;
        counts = new Map();
      }
      const count = (counts.get(address) ?? 0) + 1;
      counts.set(address, count);
      return perMinute > 0 && count > perMinute ? Math.ceil((windowStart + 60_000 - time) / 1000) : 0;
    },
  };
}
