/**
 * How many messages each connection may still send: a token bucket per connection that refills at
 * `perSecond` and holds at most twice that, so a burst (a paste, a reconnect sending what was kept
 * offline as several messages) passes and a steady flood does not.
 */
export function messageRateLimit(perSecond: number, now: () => number = () => performance.now()) {
  const capacity = perSecond * 2;
  const buckets = new WeakMap<object, { tokens: number; at: number }>();
  /** Takes one message's token from `connection`'s bucket; false when it has none left. */
  return (connection: object): boolean => {
    const time = now();
    const bucket = buckets.get(connection) ?? { tokens: capacity, at: time };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
    bucket.at = time;
    buckets.set(connection, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  };
}
