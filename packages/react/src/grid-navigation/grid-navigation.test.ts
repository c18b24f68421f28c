import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCell } from './index';

const size = { rowCount: 100, columnCount: 8, pageSize: 10 };

describe('nextCell', () => {
  it('moves by the WAI-ARIA grid keys', () => {
    const at = { row: 5, column: 3 };
    expect(nextCell('ArrowDown', false, at, size)).toEqual({ row: 6, column: 3 });
    expect(nextCell('ArrowLeft', false, at, size)).toEqual({ row: 5, column: 2 });
    expect(nextCell('Home', false, at, size)).toEqual({ row: 5, column: 0 });
    expect(nextCell('End', true, at, size)).toEqual({ row: 99, column: 7 });
    expect(nextCell('PageDown', false, at, size)).toEqual({ row: 15, column: 3 });
    expect(nextCell('PageUp', false, at, size)).toEqual({ row: 0, column: 3 });
    expect(nextCell('a', false, at, size)).toBeNull();
  });

  it('never leaves the grid, whatever the keys', () => {
    const keys = fc.constantFrom('ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown');
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, fc.boolean()), { maxLength: 60 }), (presses) => {
        let at = { row: 0, column: 0 };
        for (const [key, ctrl] of presses) at = nextCell(key, ctrl, at, size) ?? at;
        expect(at.row).toBeGreaterThanOrEqual(0);
        expect(at.row).toBeLessThan(size.rowCount);
        expect(at.column).toBeGreaterThanOrEqual(0);
        expect(at.column).toBeLessThan(size.columnCount);
      }),
    );
  });
});
