/**
 * A growing list of 32-bit integers in a typed array that doubles when full: millions of items
 * without a boxed number each, and a copy per doubling only.
 */
export class IntList {
  items: Int32Array<ArrayBuffer>;
  length = 0;

  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(1, capacity));
  }

  push(value: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(2 * this.length);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = value;
  }

  /** The items so far, as a view. */
  view(): Int32Array<ArrayBuffer> {
    return this.items.subarray(0, this.length);
  }
}
