/** Marker shapes, paired with the chart palette so a group is told by shape as well as colour. */
export const markerShapes = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export type MarkerShape = (typeof markerShapes)[number];

/** An SVG path of the shape centred on (cx, cy), of about the area of a circle of radius r. */
export function shapePath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'square': {
      const h = r * 0.886;
      return `M${cx - h},${cy - h}h${2 * h}v${2 * h}h${-2 * h}z`;
    }
    case 'triangle': {
      const h = r * 1.3;
      return `M${cx},${cy - h}L${cx + h * 0.866},${cy + h / 2}L${cx - h * 0.866},${cy + h / 2}z`;
    }
    case 'diamond': {
      const h = r * 1.25;
      return `M${cx},${cy - h}L${cx + h},${cy}L${cx},${cy + h}L${cx - h},${cy}z`;
    }
    case 'cross': {
      const a = r * 1.1;
      const b = r * 0.38;
      return `M${cx - b},${cy - a}h${2 * b}v${a - b}h${a - b}v${2 * b}h${b - a}v${a - b}h${-2 * b}v${b - a}h${b - a}v${-2 * b}h${a - b}z`;
    }
    default:
      return `M${cx - r},${cy}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

/** Colour (a palette token) and shape of the group at this index. */
export function groupStyle(index: number): { color: string; shape: MarkerShape } {
  return { color: `var(--wf-chart-${(index % 8) + 1})`, shape: markerShapes[index % markerShapes.length]! };
}
