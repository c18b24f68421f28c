import type { GridPoint } from '@wayfinder/core/logics';

export interface GridGeometry {
  /** Plot coordinates of the centre of the cell of score 0 on both axes. */
  originX: number;
  originY: number;
  /** Side of one cell (one score step). */
  cell: number;
  /** Largest marker radius; markers shrink when a cell holds many. */
  maxRadius: number;
}

export interface PlacedPoint extends GridPoint {
  /** Position in the points given. */
  index: number;
  cx: number;
  cy: number;
  r: number;
  /** 1-based place among the respondents sharing the cell, and how many share it. */
  slot: number;
  cellCount: number;
}

/**
 * Puts every respondent in the cell of their scores, spread on a small square lattice inside the
 * cell so that several respondents in one cell stay separate markers: the lattice grows and the
 * markers shrink with the number sharing the cell. Order inside a cell follows `order` (group, then
 * label, by default the order given).
 */
export function layoutPoints(points: readonly GridPoint[], { originX, originY, cell, maxRadius }: GridGeometry, order?: (a: GridPoint, b: GridPoint) => number): PlacedPoint[] {
  const cells = new Map<string, number[]>();
  points.forEach((point, index) => {
    const key = `${point.x},${point.y}`;
    const members = cells.get(key);
    if (members) members.push(index);
    else cells.set(key, [index]);
  });
  const placed: PlacedPoint[] = new Array(points.length);
  for (const members of cells.values()) {
    if (order) members.sort((a, b) => order(points[a]!, points[b]!) || a - b);
    const count = members.length;
    const columns = Math.ceil(Math.sqrt(count));
    const rows = Math.ceil(count / columns);
    // Leave a margin of a tenth of the cell on each side for the cell's border.
    const pitch = (cell * 0.8) / Math.max(columns, rows);
    const r = Math.min(maxRadius, pitch * 0.42);
    members.forEach((index, k) => {
      const point = points[index]!;
      const column = k % columns;
      const row = Math.floor(k / columns);
      // The last row is centred when it is not full.
      const inRow = row === rows - 1 ? count - row * columns : columns;
      placed[index] = {
        ...point,
        index,
        cx: originX + point.x * cell + (column - (inRow - 1) / 2) * pitch,
        cy: originY - point.y * cell + (row - (rows - 1) / 2) * pitch,
        r,
        slot: k + 1,
        cellCount: count,
      };
    });
  }
  return placed;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key leads to: the nearest one lying in that direction (within 45° either
 * side first; failing that, anywhere on that side), distances measured on screen. Null at the edge.
 */
export function nearestInDirection(points: ReadonlyArray<{ cx: number; cy: number }>, from: number, direction: Direction): number | null {
  const origin = points[from];
  if (!origin) return null;
  let best: number | null = null;
  let bestCost = Infinity;
  points.forEach((point, index) => {
    if (index === from) return;
    const dx = point.cx - origin.cx;
    const dy = point.cy - origin.cy;
    const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
    if (along <= 0.5) return;
    // Inside the 45° cone wins over outside; then the closest, with sideways distance counting double.
    const cost = (across > along ? 1e6 : 0) + along + 2 * across;
    if (cost < bestCost) {
      bestCost = cost;
      best = index;
    }
  });
  return best;
}

const DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

export function directionOfKey(key: string): Direction | null {
  return DIRECTIONS[key] ?? null;
}
