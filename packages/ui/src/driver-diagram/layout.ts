import type { DriverKind, DriverNode } from '@wayfinder/core/navigator/diagrams';
import { wrapWords } from '../wrap-words';

/** A box of the drawing: its place, size and the lines of its words. */
export interface DriverBox {
  id: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
}

export interface DriverLayout {
  aim: DriverBox;
  boxes: DriverBox[];
  /** Parent → child connectors as SVG paths. */
  links: { from: string; to: string; path: string }[];
  width: number;
  height: number;
}

export const BOX_WIDTH = 190;
const COLUMN_GAP = 44;
const ROW_GAP = 12;
const LINE_HEIGHT = 15;
const PADDING = 8;
/** Characters that fit on a line of a box at the drawing's font size. */
const LINE_CHARACTERS = 24;
const COLUMN: Readonly<Record<DriverKind, number>> = { primary: 1, secondary: 2, change: 3 };

const boxHeight = (lines: readonly string[]) => lines.length * LINE_HEIGHT + 2 * PADDING;
const columnX = (column: number) => column * (BOX_WIDTH + COLUMN_GAP);

/**
 * The drawing of a driver diagram: the aim on the left, then a column each for primary drivers,
 * secondary drivers and change ideas. Each node's children are stacked in its band and the node
 * sits across the middle of them, so no two boxes of a column overlap, however many there are;
 * a node whose parent is missing is drawn from the aim.
 */
export function driverLayout(aim: string, nodes: readonly DriverNode[], emptyAim: string): DriverLayout {
  const byNodeId = new Map(nodes.map((node) => [node.id, node]));
  // A node hangs from the nearest node above it in an earlier column (a change idea under a change idea hangs beside it).
  const drawnParent = (node: DriverNode): string | null => {
    const visited = new Set([node.id]);
    let parent = node.parentId === null ? undefined : byNodeId.get(node.parentId);
    while (parent && COLUMN[parent.kind] >= COLUMN[node.kind] && !visited.has(parent.id)) {
      visited.add(parent.id);
      parent = parent.parentId === null ? undefined : byNodeId.get(parent.parentId);
    }
    return parent && !visited.has(parent.id) ? parent.id : null;
  };
  const childrenOf = new Map<string | null, DriverNode[]>();
  for (const node of nodes) {
    const parent = drawnParent(node);
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), node]);
  }
  const boxes: DriverBox[] = [];
  const pairs: { from: string; to: string }[] = [];
  const seen = new Set<string>();
  // Lays out a node's subtree from `top` down and returns where it ends.
  const place = (node: DriverNode, top: number, parent: DriverBox | null): number => {
    seen.add(node.id);
    const lines = wrapWords(node.text, LINE_CHARACTERS);
    const box: DriverBox = { id: node.id, column: COLUMN[node.kind], x: columnX(COLUMN[node.kind]), y: top, width: BOX_WIDTH, height: boxHeight(lines), lines };
    const children = (childrenOf.get(node.id) ?? []).filter((child) => !seen.has(child.id));
    let bottom = top;
    for (const child of children) bottom = place(child, bottom === top ? top : bottom + ROW_GAP, box);
    const span = children.length > 0 ? bottom - top : 0;
    if (span > box.height) box.y = top + (span - box.height) / 2;
    else if (children.length > 0) {
      // A box taller than its children: they move down to sit across its middle.
      const shift = (box.height - span) / 2;
      for (const placed of boxes) if (placed.y >= top && subtreeOf(node.id).has(placed.id)) placed.y += shift;
    }
    boxes.push(box);
    if (parent) pairs.push({ from: parent.id, to: node.id });
    return top + Math.max(span, box.height);
  };
  const subtreeOf = (id: string) => {
    const found = new Set<string>();
    const walk = (at: string) => (childrenOf.get(at) ?? []).forEach((child) => (found.has(child.id) ? undefined : (found.add(child.id), walk(child.id))));
    walk(id);
    return found;
  };
  let bottom = 0;
  const roots = [...(childrenOf.get(null) ?? [])];
  for (const node of roots) bottom = place(node, bottom === 0 ? 0 : bottom + ROW_GAP * 2, null);
  // Nodes whose parents form a loop reach no root: each is drawn from the aim rather than lost.
  for (const node of nodes) {
    if (seen.has(node.id)) continue;
    roots.push(node);
    bottom = place(node, bottom === 0 ? 0 : bottom + ROW_GAP * 2, null);
  }
  const aimLines = wrapWords(aim.trim() || emptyAim, LINE_CHARACTERS, 8);
  const aimHeight = boxHeight(aimLines);
  const height = Math.max(bottom, aimHeight);
  const aimBox: DriverBox = { id: 'aim', column: 0, x: 0, y: (height - aimHeight) / 2, width: BOX_WIDTH, height: aimHeight, lines: aimLines };
  const byId = new Map(boxes.map((box) => [box.id, box]));
  const elbow = (from: DriverBox, to: DriverBox) => {
    const [x1, y1, x2, y2] = [from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2];
    const middle = x2 - COLUMN_GAP / 2;
    return `M${x1},${y1.toFixed(1)}H${middle}V${y2.toFixed(1)}H${x2}`;
  };
  const drawnLinks = [
    ...roots.map((node) => ({ from: 'aim', to: node.id, path: elbow(aimBox, byId.get(node.id)!) })),
    ...pairs.map((pair) => ({ ...pair, path: elbow(byId.get(pair.from)!, byId.get(pair.to)!) })),
  ];
  return { aim: aimBox, boxes, links: drawnLinks, width: columnX(3) + BOX_WIDTH, height };
}
