/**
 * Stable sorts of item indices by small whole-number keys, in linear time: charts of millions of
 * implicants are ordered by a few counting passes instead of a comparison sort.
 */

/** A key per item: `values[item]` lies in [0, buckets). */
export interface SortKey {
  values: ArrayLike<number>;
  buckets: number;
}

const DIGIT_BITS = 16;

/**
 * Sorts `order[from, to)` stably by `(values[item] >>> shift)` within [0, buckets), ascending or
 * descending; `buckets` counts the values after the shift.
 */
export function sortByKey(order: Int32Array, key: SortKey, options: { from?: number; to?: number; shift?: number; descending?: boolean } = {}): void {
  const { from = 0, to = order.length, shift = 0, descending = false } = options;
  const { values, buckets } = key;
  const slotOf = (item: number) => {
    const value = values[item]! >>> shift;
    return descending ? buckets - 1 - value : value;
  };
  const starts = new Int32Array(buckets + 1);
  for (let i = from; i < to; i += 1) starts[slotOf(order[i]!) + 1]! += 1;
  for (let slot = 1; slot <= buckets; slot += 1) starts[slot]! += starts[slot - 1]!;
  const sorted = new Int32Array(to - from);
  for (let i = from; i < to; i += 1) sorted[starts[slotOf(order[i]!)]!++] = order[i]!;
  order.set(sorted, from);
}

/**
 * The stable order of 0…count−1 by the keys, most significant first: a counting pass per key from
 * the least significant (a radix sort), keys wider than 16 bits in two passes.
 */
export function orderByKeys(count: number, keys: readonly SortKey[]): Int32Array {
  const order = new Int32Array(count);
  for (let item = 0; item < count; item += 1) order[item] = item;
  for (let k = keys.length - 1; k >= 0; k -= 1) {
    const key = keys[k]!;
    if (key.buckets <= 2 ** DIGIT_BITS) {
      sortByKey(order, key);
      continue;
    }
    const low = { values: Int32Array.from(key.values, (value) => value & (2 ** DIGIT_BITS - 1)), buckets: 2 ** DIGIT_BITS };
    sortByKey(order, low);
    sortByKey(order, { values: key.values, buckets: Math.ceil(key.buckets / 2 ** DIGIT_BITS) }, { shift: DIGIT_BITS });
  }
  return order;
}
