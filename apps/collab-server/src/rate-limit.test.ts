import { describe, expect, it } from 'vitest';
import { messageRateLimit } from './rate-limit';

describe('messageRateLimit', () => {
  it('lets a burst of twice the rate through, then one message per refilled token, for each connection apart', () => {
    let time = 0;
    const allow = messageRateLimit(5, () => time);
    const [one, other] = [{}, {}];
    expect(Array.from({ length: 10 }, () => allow(one))).toEqual(Array(10).fill(true));
    expect(allow(one)).toBe(false);
    expect(allow(other)).toBe(true);
    time = 200;
    expect(allow(one)).toBe(true);
    expect(allow(one)).toBe(false);
    time = 60_000;
    expect(Array.from({ length: 11 }, () => allow(one)).filter(Boolean)).toHaveLength(10);
  });
});
