/**
 * Prime implicants of crisp problems whose primes are long (many literals), found on bitmaps of the
 * whole truth table instead of combination by combination.
 *
 * For a set F of rows and a set M of free conditions, B_M is the bitmap of the cubes with free
 * conditions M that lie inside F, indexed by their row with the free conditions at 0. Freeing one
 * more condition b is one AND: B_{M+b}[v] = B_M[v] & B_M[v | b]. A cube is prime when it has no
 * sibling across a fixed condition. The sets M are visited as a tree (a child frees a condition
 * after the set's last one), and a set with no cube ends its subtree, so the work follows the
 * number of cube shapes that exist — few when F is a random 70 % of the table, where the
 * combination search would visit every combination of conditions down to 17 literals.
 */

/** Primes as bits, the i-th being `free[i]` (its free conditions) and `value[i]` (its fixed values, 0 on the free ones). */
export interface BitPrimes {
  count: number;
  free: Int32Array;
  value: Int32Array;
}

/** Word patterns of the bit positions with bit b of the index at 0, for b < 5. */
const LOW_ZERO = [0x55555555, 0x33333333, 0x0f0f0f0f, 0x00ff00ff, 0x0000ffff];

/**
 * Estimated word operations of the bitmap search when F holds `density` of the 2^k rows: shapes
 * with d free conditions are expected where 2^(k−d)·density^(2^d) cubes fit, and their bitmaps
 * are as full as that.
 */
export function bitmapWork(nconds: number, density: number): number {
  const words = 2 ** nconds / 32;
  let work = 0;
  let shapes = 1;
  for (let d = 0; d < nconds; d += 1) {
    const filled = density ** (2 ** d);
    const cubes = 2 ** (nconds - d) * filled;
    if (cubes < 1e-3) break;
    work += shapes * Math.min(1, cubes) * (nconds - d) * words * Math.min(1, 32 * filled);
    shapes = (shapes * (nconds - d)) / (d + 1);
  }
  return work;
}

/**
 * Every prime cube of F (given as a bitmap over the 2^k rows) with at least one literal, or
 * `undefined` when the search would pass `budget` word operations. Primes come grouped by their
 * free conditions, in the order the tree visits them.
 */
export function bitmapPrimes(inside: Uint32Array, nconds: number, budget: number): BitPrimes | undefined {
  const words = inside.length;
  const primes: BitPrimes = { count: 0, free: new Int32Array(1024), value: new Int32Array(1024) };
  // Both lists grow together, with one check per prime: two IntLists (two pushes, two checks) cost
  // a quarter of a second more over uniform30 k20's 4.2 million primes.
  const push = (free: number, value: number) => {
    if (primes.count === primes.free.length) {
      for (const key of ['free', 'value'] as const) {
        const grown = new Int32Array(primes.count * 2);
        grown.set(primes[key]);
        primes[key] = grown;
      }
    }
    primes.free[primes.count] = free;
    primes.value[primes.count] = value;
    primes.count += 1;
  };
  let work = 0;
  // One bitmap per depth of the tree, reused: depth d holds B_M for the set being visited, and is
  // all zero again once that visit is over, so a child is written only where its parent has cubes.
  const stack: Uint32Array[] = [inside];
  // A child has cubes only where its parent has, so each visit scans its parent's non-zero words.
  const visit = (free: number, depth: number, from: number, candidates: readonly number[]): boolean => {
    const cubes = stack[depth]!;
    const nonzero = candidates.filter((w) => cubes[w] !== 0);
    if (nonzero.length === 0) return true;
    work += nonzero.length * (nconds - depth);
    if (work > budget) return false;
    // Siblings across each fixed condition, word by word: within the word for the five low bits,
    // in the word `offset` away for the others. A cube with one fixed condition left would merge
    // into the empty cube, which the search, like CCubes, never offers: it is prime as it stands.
    const lowFixed: number[] = [];
    const offsets: number[] = [];
    for (let b = 0; b < nconds && depth < nconds - 1; b += 1) {
      if (free & (1 << b)) continue;
      if (b < 5) lowFixed.push(b);
      else offsets.push(1 << (b - 5));
    }
    for (const w of nonzero) {
      const word = cubes[w]!;
      let siblings = 0;
      for (const b of lowFixed) siblings |= ((word >>> (1 << b)) & LOW_ZERO[b]!) | ((word << (1 << b)) & ~LOW_ZERO[b]!);
      for (const offset of offsets) siblings |= cubes[w ^ offset]!;
      let bits = word & ~siblings;
      while (bits !== 0) {
        const low = bits & -bits;
        push(free, w * 32 + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    if (depth < nconds - 1) {
      for (let b = from; b < nconds; b += 1) {
        freeCondition(cubes, (stack[depth + 1] ??= new Uint32Array(words)), nonzero, b);
        if (!visit(free | (1 << b), depth + 1, b + 1, nonzero)) return false;
      }
    }
    if (depth > 0) for (const w of nonzero) cubes[w] = 0;
    return true;
  };
  return visit(0, 0, 0, Array.from({ length: words }, (_, w) => w)) ? primes : undefined;
}

/** child = cubes with condition b freed: both halves across b inside, kept at the half with b = 0. */
function freeCondition(cubes: Uint32Array, child: Uint32Array, nonzero: readonly number[], b: number): void {
  if (b >= 5) {
    const offset = 1 << (b - 5);
    for (const w of nonzero) if ((w & offset) === 0) child[w] = cubes[w]! & cubes[w + offset]!;
  } else {
    const shift = 1 << b;
    const zero = LOW_ZERO[b]!;
    for (const w of nonzero) child[w] = cubes[w]! & (cubes[w]! >>> shift) & zero;
  }
}

/** Bits set in a 32-bit word, counted in parallel. */
export function popcount(value: number): number {
  let bits = value - ((value >>> 1) & 0x55555555);
  bits = (bits & 0x33333333) + ((bits >>> 2) & 0x33333333);
  return Math.imul((bits + (bits >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
