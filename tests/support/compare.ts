/**
 * Compares a result with a reference result: every key of the reference must be present and equal
 * (numbers to a relative 1e-9, QCA's printed precision being 15 digits; with `zero`, two numbers
 * both within it of 0 are equal, as the SPC format says); keys only in ours are extensions and
 * ignored. Returns every difference with its path, not just the first.
 */
export function differences(expected: unknown, actual: unknown, path = '$', out: string[] = [], tolerance: { zero?: number } = {}): string[] {
  if (typeof expected === 'number' && typeof actual === 'number') {
    const scale = Math.max(Math.abs(expected), Math.abs(actual), 1e-300);
    const nearZero = tolerance.zero !== undefined && Math.abs(expected) <= tolerance.zero && Math.abs(actual) <= tolerance.zero;
    if (expected !== actual && !nearZero && Math.abs(expected - actual) / scale > 1e-9) out.push(`${path}: expected ${expected}, got ${actual}`);
    return out;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) {
      out.push(`${path}: expected an array, got ${JSON.stringify(actual)?.slice(0, 200)}`);
      return out;
    }
    if (expected.length !== actual.length) {
      out.push(`${path}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual).slice(0, 300)} vs ${JSON.stringify(expected).slice(0, 300)}`);
      return out;
    }
    expected.forEach((item, index) => differences(item, actual[index], `${path}[${index}]`, out, tolerance));
    return out;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
      out.push(`${path}: expected an object, got ${JSON.stringify(actual)?.slice(0, 200)}`);
      return out;
    }
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) out.push(`${path}.${key}: missing (expected ${JSON.stringify(value).slice(0, 200)})`);
      else differences(value, (actual as Record<string, unknown>)[key], `${path}.${key}`, out, tolerance);
    }
    return out;
  }
  if (expected !== actual) out.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  return out;
}
