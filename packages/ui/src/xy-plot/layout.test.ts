import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupPoints, placeLabels } from './layout';

const point = fc.record({ x: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 400, noNaN: true }) });

describe('groupPoints', () => {
  it('puts every point in one group, near its dot, and keeps dots apart', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 200 }), fc.double({ min: 1, max: 20, noNaN: true }), (points, radius) => {
        const groups = groupPoints(points, radius);
        expect(groups.flatMap((group) => group.members).sort((a, b) => a - b)).toEqual(points.map((_, index) => index));
        for (const group of groups) for (const member of group.members) expect(Math.hypot(points[member]!.x - group.x, points[member]!.y - group.y)).toBeLessThanOrEqual(radius + 1e-9);
        for (let a = 0; a < groups.length; a += 1) for (let b = a + 1; b < groups.length; b += 1) expect(Math.hypot(groups[a]!.x - groups[b]!.x, groups[a]!.y - groups[b]!.y)).toBeGreaterThan(radius);
      }),
    );
  });

  it('makes cases on the same point one dot, in the data’s order', () => {
    expect(groupPoints([{ x: 10, y: 10 }, { x: 50, y: 50 }, { x: 10, y: 10 }, { x: 12, y: 11 }], 7)).toEqual([
      { members: [0, 2, 3], x: 10, y: 10 },
      { members: [1], x: 50, y: 50 },
    ]);
  });
});

describe('placeLabels', () => {
  it('places labels inside the bounds, over no other label and no dot', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 400 };
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.double({ min: 0, max: 400, noNaN: true }), y: fc.double({ min: 0, max: 400, noNaN: true }), width: fc.double({ min: 5, max: 80, noNaN: true }) }), { maxLength: 60 }), (dots) => {
        const labels = placeLabels(dots, 5, 13, bounds);
        const boxes = labels.flatMap((label, index) => (label ? [{ x: label.anchor === 'start' ? label.x : label.x - dots[index]!.width, y: label.y - 13, width: dots[index]!.width, height: 13 }] : []));
        for (const box of boxes) {
          expect(box.x).toBeGreaterThanOrEqual(bounds.x);
          expect(box.y).toBeGreaterThanOrEqual(bounds.y);
          expect(box.x + box.width).toBeLessThanOrEqual(bounds.width + 1e-9);
          expect(box.y + box.height).toBeLessThanOrEqual(bounds.height + 1e-9);
        }
        for (let a = 0; a < boxes.length; a += 1) {
          for (let b = a + 1; b < boxes.length; b += 1) {
            const [p, q] = [boxes[a]!, boxes[b]!];
            expect(p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height).toBe(false);
          }
          for (const dot of dots) {
            const p = boxes[a]!;
            expect(p.x < dot.x + 5 && dot.x - 5 < p.x + p.width && p.y < dot.y + 5 && dot.y - 5 < p.y + p.height).toBe(false);
          }
        }
      }),
    );
  });
});
