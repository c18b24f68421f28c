import type { Fishbone } from '@wayfinder/core/navigator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { causesInOrder, fishboneLayout, setAside } from './layout';

/** Width of a line of the drawing's text, at most (12 px font). */
const widthOf = (text: string) => text.length * 7;

const fishbones = fc
  .tuple(fc.integer({ min: 0, max: 9 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 60 })), { maxLength: 60 }))
  .map(([categoryCount, specs]): Fishbone => {
    const categories = Array.from({ length: categoryCount }, (_, index) => ({ id: `k${index}`, name: `Category ${index}` }));
    const causes: Fishbone['causes'] = [];
    if (categoryCount > 0) {
      specs.forEach(([category, parent, text], index) => {
        const categoryId = `k${category % categoryCount}`;
        const earlier = causes.filter((cause) => cause.categoryId === categoryId);
        causes.push({ id: `c${index}`, categoryId, parentId: parent % 3 === 0 || earlier.length === 0 ? null : earlier[parent % earlier.length]!.id, text, reach: null, about: null });
      });
    }
    return { problem: 'Few finish', categories, causes };
  });

describe('fishbone layout', () => {
  it('writes every cause once, inside the drawing, and no two bones\' causes meet', () => {
    fc.assert(
      fc.property(fishbones, (fishbone) => {
        const layout = fishboneLayout(fishbone, 'No problem');
        const lines = layout.bones.flatMap((bone, index) => bone.lines.map((line) => ({ ...line, side: index % 2 })));
        expect(lines.map((line) => line.causeId).sort()).toEqual(fishbone.causes.map((cause) => cause.id).sort());
        for (const line of lines) {
          expect(line.x - widthOf(line.text)).toBeGreaterThanOrEqual(-1);
          expect(line.x).toBeLessThanOrEqual(layout.head.x);
          expect(line.y).toBeLessThanOrEqual(layout.height);
        }
        for (const a of lines) {
          for (const b of lines) {
            if (a === b || Math.abs(a.y - b.y) >= 12) continue;
            const apart = a.x <= b.x - widthOf(b.text) || b.x <= a.x - widthOf(a.text);
            expect(apart, `${a.causeId} and ${b.causeId}`).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists a category\'s causes with the causes of each right after it', () => {
    const cause = (id: string, parentId: string | null) => ({ id, categoryId: 'k', parentId, text: id, reach: null, about: null });
    expect(causesInOrder([cause('a', null), cause('b', null), cause('a1', 'a'), cause('a1x', 'a1')], 'k').map(({ cause: each, depth }) => `${each.id}:${depth}`)).toEqual(['a:0', 'a1:1', 'a1x:2', 'b:0']);
  });

  it('sets aside what the system cannot change and what places the problem in students', () => {
    expect([setAside({ reach: 'control', about: 'system' }), setAside({ reach: 'influence', about: null }), setAside({ reach: null, about: 'students' }), setAside({ reach: null, about: null })]).toEqual([false, true, true, false]);
  });
});
