/** Cases drawn as one dot because they sit on (or within a few pixels of) the same point. */
export interface PointGroup {
  /** The cases' indices, in the data's order. */
  members: number[];
  /** Where the dot is drawn: the first member's position. */
  x: number;
  y: number;
}

/**
 * Groups points closer than `radius` pixels to a group's dot, in the data's order (each point
 * joins the first group near enough), so four cases at (0.6, 0.6) are one dot with a count rather
 * than four dots under one label. Points are bucketed by a grid of `radius`, so the work grows
 * with the number of points, not its square.
 */
export function groupPoints(points: readonly { x: number; y: number }[], radius: number): PointGroup[] {
  const groups: PointGroup[] = [];
  const grid = new Map<string, PointGroup[]>();
  const cell = (x: number, y: number) => `${Math.floor(x / radius)}:${Math.floor(y / radius)}`;
  points.forEach((point, index) => {
    const column = Math.floor(point.x / radius);
    const row = Math.floor(point.y / radius);
    let near: PointGroup | undefined;
    for (let dx = -1; dx <= 1 && !near; dx += 1) {
      for (let dy = -1; dy <= 1 && !near; dy += 1) {
        near = grid.get(`${column + dx}:${row + dy}`)?.find((group) => (group.x - point.x) ** 2 + (group.y - point.y) ** 2 <= radius * radius);
      }
    }
    if (near) near.members.push(index);
    else {
      const group = { members: [index], x: point.x, y: point.y };
      groups.push(group);
      const key = cell(point.x, point.y);
      grid.set(key, [...(grid.get(key) ?? []), group]);
    }
  });
  return groups;
}

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel {
  /** The text's anchor point and which side of it the text lies on. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * A place for each label beside its dot, tried in turn above right, above left, below right and
 * below left, that overlaps no label placed before it, no other dot and stays inside `bounds`; a
 * label with no such place is left out (`null`): its case is still in the table and on focus.
 */
export function placeLabels(dots: readonly { x: number; y: number; width: number }[], dotRadius: number, lineHeight: number, bounds: LabelBox): (PlacedLabel | null)[] {
  const placed: LabelBox[] = [];
  const dotBoxes = dots.map((dot) => ({ x: dot.x - dotRadius, y: dot.y - dotRadius, width: 2 * dotRadius, height: 2 * dotRadius }));
  const inside = (box: LabelBox) => box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
  return dots.map((dot) => {
    const gap = dotRadius + 2;
    const candidates: [LabelBox, PlacedLabel][] = [
      [{ x: dot.x + gap, y: dot.y - gap - lineHeight, width: dot.width, height: lineHeight }, { x: dot.x + gap, y: dot.y - gap, anchor: 'start' }],
      [{ x: dot.x - gap - dot.width, y: dot.y - gap - lineHeight, width: dot.width, height: lineHeight }, { x: dot.x - gap, y: dot.y - gap, anchor: 'end' }],
      [{ x: dot.x + gap, y: dot.y + gap, width: dot.width, height: lineHeight }, { x: dot.x + gap, y: dot.y + gap + lineHeight, anchor: 'start' }],
      [{ x: dot.x - gap - dot.width, y: dot.y + gap, width: dot.width, height: lineHeight }, { x: dot.x - gap, y: dot.y + gap + lineHeight, anchor: 'end' }],
    ];
    for (const [box, label] of candidates) {
      if (inside(box) && !placed.some((other) => overlaps(box, other)) && !dotBoxes.some((other) => overlaps(box, other))) {
        placed.push(box);
        return label;
      }
    }
    return null;
  });
}
