/** The decimal places the data are given in (up to 6), from a sample of the values: anchors and sweeps read to the data's own precision. */
export function dataDecimals(values: readonly number[]): number {
  let decimals = 0;
  for (let index = 0; index < values.length && index < 2000; index += 1) {
    const value = values[index]!;
    if (!Number.isFinite(value) || Number.isInteger(value)) continue;
    const text = String(value);
    if (text.includes('e')) return 6;
    decimals = Math.max(decimals, text.length - text.indexOf('.') - 1);
  }
  return Math.min(6, decimals);
}
