import type { DriverNode } from '@wayfinder/core/navigator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapWords } from '../wrap-words';
import { driverLayout } from './layout';

/** Random diagrams: each node hangs from an earlier one (or the aim), its kind following its depth. */
const diagrams = fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 120 })), { minLength: 0, maxLength: 70 }).map((specs) => {
  const nodes: DriverNode[] = [];
  specs.forEach(([pick, text], index) => {
    const parent = index === 0 || pick % 4 === 0 ? null : nodes[pick % index]!;
    const kind = parent === null ? 'primary' : parent.kind === 'primary' ? 'secondary' : 'change';
    nodes.push({ id: `n${index}`, kind, parentId: parent?.id ?? null, text, strategyId: null, measureIds: [], pdsaCycleIds: [] });
  });
  return nodes;
});

describe('driver diagram layout', () => {
  it('draws every node once, and no two boxes of a column overlap, at any size', () => {
    fc.assert(
      fc.property(diagrams, (nodes) => {
        const layout = driverLayout('Aim', nodes, 'No aim yet');
        expect(layout.boxes.map((box) => box.id).sort()).toEqual(nodes.map((node) => node.id).sort());
        for (const a of layout.boxes) {
          expect(a.y).toBeGreaterThanOrEqual(0);
          expect(a.y + a.height).toBeLessThanOrEqual(layout.height + 1e-9);
          for (const b of layout.boxes) if (a !== b && a.column === b.column) expect(a.y + a.height <= b.y + 1e-9 || b.y + b.height <= a.y + 1e-9, `${a.id} and ${b.id}`).toBe(true);
        }
        expect(layout.links).toHaveLength(nodes.length);
      }),
      { numRuns: 300 },
    );
  });

  it('draws nodes whose parents form a loop from the aim rather than losing them', () => {
    const node = (id: string, parentId: string): DriverNode => ({ id, kind: 'secondary', parentId, text: id, strategyId: null, measureIds: [], pdsaCycleIds: [] });
    expect(driverLayout('Aim', [node('a', 'b'), node('b', 'a')], '').boxes).toHaveLength(2);
  });

  it('wraps words to the box and cuts a text too long with an ellipsis', () => {
    expect(wrapWords('Teachers plan projects together every week', 20)).toEqual(['Teachers plan', 'projects together', 'every week']);
    const long = wrapWords('word '.repeat(100), 10, 3);
    expect(long).toHaveLength(3);
    expect(long[2]!.endsWith('…')).toBe(true);
    expect(wrapWords('a'.repeat(25), 10)).toEqual(['aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa']);
  });
});
