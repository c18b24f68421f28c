import type { GridPoint } from '@wayfinder/core/logics';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutPoints, nearestInDirection } from './index';

const point = (x: number, y: number, id = `${x},${y}`): GridPoint => ({ respondent: { id, label: id, groups: {} }, x, y, quadrant: 'on-axis', coded: true });
const geometry = { originX: 200, originY: 200, cell: 50, maxRadius: 8 };

describe('layoutPoints', () => {
  it('keeps a lone respondent at the centre of its cell', () => {
    const [placed] = layoutPoints([point(1, -2)], geometry);
    expect(placed).toMatchObject({ cx: 250, cy: 300, r: 8, slot: 1, cellCount: 1 });
  });

  it('never lets markers that share a cell overlap or leave the cell, however many share it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 }), (count, x, y) => {
        const placed = layoutPoints(Array.from({ length: count }, (_, i) => point(x, y, `r${i}`)), geometry);
        const centreX = 200 + x * 50;
        const centreY = 200 - y * 50;
        for (const [i, a] of placed.entries()) {
          expect(Math.abs(a.cx - centreX) + a.r).toBeLessThanOrEqual(25);
          expect(Math.abs(a.cy - centreY) + a.r).toBeLessThanOrEqual(25);
          for (const b of placed.slice(i + 1)) expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThan(a.r + b.r);
        }
        expect(placed.map((p) => p.slot).sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      }),
    );
  });
});

describe('nearestInDirection', () => {
  const points = [
    { cx: 100, cy: 100 },
    { cx: 150, cy: 100 },
    { cx: 300, cy: 105 },
    { cx: 110, cy: 160 },
    { cx: 180, cy: 20 },
  ];
  it('goes to the nearest marker on the side of the arrow, preferring those straight ahead', () => {
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(nearestInDirection(points, 1, 'right')).toBe(2);
    expect(nearestInDirection(points, 0, 'down')).toBe(3);
    expect(nearestInDirection(points, 1, 'up')).toBe(4);
    expect(nearestInDirection(points, 0, 'left')).toBeNull();
    expect(nearestInDirection(points, 2, 'left')).toBe(1);
  });
});
