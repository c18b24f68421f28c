import { describe, expect, it } from 'vitest';
import { rowAtPixel, rowOfSets, setsAt, VENN_SIZE, vennLayout } from './layout';

/** The connected pieces of each row's region on an n × n grid of the diagram. */
function piecesPerRow(sets: number, grid: number) {
  const rows = new Int32Array(grid * grid);
  for (let i = 0; i < grid; i += 1) for (let j = 0; j < grid; j += 1) rows[i * grid + j] = rowOfSets(setsAt(sets, -1 + (2 * (j + 0.5)) / grid, 1 - (2 * (i + 0.5)) / grid));
  const seen = new Uint8Array(grid * grid);
  const pieces = new Map<number, number>();
  for (let start = 0; start < rows.length; start += 1) {
    if (seen[start]) continue;
    const row = rows[start]!;
    pieces.set(row, (pieces.get(row) ?? 0) + 1);
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const cell = stack.pop()!;
      const [i, j] = [Math.floor(cell / grid), cell % grid];
      for (const [a, b] of [[i + 1, j], [i - 1, j], [i, j + 1], [i, j - 1]] as const) {
        const next = a * grid + b;
        if (a >= 0 && b >= 0 && a < grid && b < grid && !seen[next] && rows[next] === row) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
  }
  return pieces;
}

describe('Venn layout', () => {
  it.each([1, 2, 3, 4, 5, 6, 7])('draws each of the combinations of %i sets as one connected region', (sets) => {
    const pieces = piecesPerRow(sets, 400);
    expect(pieces.size).toBe(2 ** sets);
    expect([...pieces.values()].every((count) => count === 1)).toBe(true);
  });

  it.each([1, 4, 7])('puts each row\'s label inside its own region (%i sets)', (sets) => {
    const layout = vennLayout(sets);
    expect(layout.outlines).toHaveLength(sets);
    expect([...layout.labels.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 2 ** sets }, (_, index) => index + 1));
    for (const [row, label] of layout.labels) {
      expect(rowAtPixel(sets, label.x, label.y)).toBe(row);
      expect(label.x).toBeGreaterThan(0);
      expect(label.x).toBeLessThan(VENN_SIZE);
    }
  });

  it('numbers rows as QCA does: the first set most significant, all out is row 1', () => {
    expect(rowOfSets([false, false, false])).toBe(1);
    expect(rowOfSets([true, false, false])).toBe(5);
    expect(rowOfSets([false, true, true])).toBe(4);
  });
});
