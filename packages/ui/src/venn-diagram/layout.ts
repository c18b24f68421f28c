/**
 * The geometry of a Venn diagram of up to 7 sets on a square of side `VENN_SIZE`: circles for up
 * to three sets; from four, Edwards' construction (two half-planes, a circle, then "cogwheels"
 * around it whose teeth double with each set), in which every one of the 2^n combinations is one
 * connected region. Each region's label goes where it has the most room, found on a grid.
 */
export const VENN_SIZE = 360;
export const MAX_VENN_SETS = 7;

const CIRCLE = 0.5;
/** How far each cogwheel (the fourth set on) reaches beyond or within the circle: halved-ish with each set so all teeth stay apart. */
const TEETH = [0.28, 0.16, 0.09, 0.05];
const SMALL_RADIUS = 0.55;

type Point = readonly [number, number];

/** Circle centres for one to three sets, in the unit square's coordinates ([-1, 1], y up). */
const centres = (n: number): Point[] =>
  n === 1
    ? [[0, 0]]
    : n === 2
      ? [
          [-0.3, 0],
          [0.3, 0],
        ]
      : [0, 1, 2].map((index) => [0.3 * Math.cos(Math.PI / 2 + (2 * Math.PI * index) / 3), 0.3 * Math.sin(Math.PI / 2 + (2 * Math.PI * index) / 3)] as const);

/** Which of the n sets the point (x, y) lies in, first set first. */
export function setsAt(n: number, x: number, y: number): boolean[] {
  if (n <= 3) return centres(n).map(([cx, cy]) => (x - cx) ** 2 + (y - cy) ** 2 < SMALL_RADIUS ** 2);
  const radius = Math.hypot(x, y);
  const angle = Math.atan2(y, x);
  const sets = [x < 0, y > 0, radius < CIRCLE];
  for (let k = 3; k < n; k += 1) sets.push(radius < CIRCLE + TEETH[k - 3]! * Math.cos(2 ** (k - 2) * angle));
  return sets;
}

/** The truth-table row id of a combination of sets: the first set is the most significant condition (1-based, as QCA numbers rows). */
export const rowOfSets = (sets: readonly boolean[]) => 1 + sets.reduce((id, inside) => id * 2 + (inside ? 1 : 0), 0);

const toPixel = (value: number) => ((value + 1) / 2) * VENN_SIZE;
const toPixelY = (value: number) => ((1 - value) / 2) * VENN_SIZE;
const fixed = (value: number) => Number(value.toFixed(2));

/** Each set's outline as an SVG path in pixels. */
function outlines(n: number): string[] {
  if (n <= 3) {
    return centres(n).map(([cx, cy]) => {
      const r = (SMALL_RADIUS / 2) * VENN_SIZE;
      const [x, y] = [fixed(toPixel(cx)), fixed(toPixelY(cy))];
      return `M${fixed(x - r)},${y}a${fixed(r)},${fixed(r)} 0 1,0 ${fixed(2 * r)},0a${fixed(r)},${fixed(r)} 0 1,0 ${fixed(-2 * r)},0Z`;
    });
  }
  const half = VENN_SIZE / 2;
  const paths = [`M0,0H${half}V${VENN_SIZE}H0Z`, `M0,0H${VENN_SIZE}V${half}H0Z`];
  for (let k = 2; k < n; k += 1) {
    const steps = 720;
    const points = Array.from({ length: steps }, (_, step) => {
      const angle = (2 * Math.PI * step) / steps;
      const radius = k === 2 ? CIRCLE : CIRCLE + TEETH[k - 3]! * Math.cos(2 ** (k - 2) * angle);
      return `${fixed(toPixel(radius * Math.cos(angle)))},${fixed(toPixelY(radius * Math.sin(angle)))}`;
    });
    paths.push(`M${points.join('L')}Z`);
  }
  return paths;
}

/** Where each set's name goes (pixels), just inside its edge, with the text's anchor. */
function nameSpots(n: number): { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] {
  if (n <= 3) {
    return centres(n).map(([cx, cy]) => {
      // Beyond the circle, away from the diagram's centre (straight up for a lone circle).
      const [dx, dy] = n === 1 || (cx === 0 && cy === 0) ? [0, 1] : [cx / Math.hypot(cx, cy), cy / Math.hypot(cx, cy)];
      const reach = SMALL_RADIUS + 0.1;
      return { x: toPixel(cx + dx * reach), y: toPixelY(cy + dy * reach), anchor: Math.abs(dx) < 0.3 ? 'middle' : dx > 0 ? 'end' : 'start' };
    });
  }
  const spots: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] = [
    { x: 6, y: VENN_SIZE - 8, anchor: 'start' },
    { x: VENN_SIZE - 6, y: 16, anchor: 'end' },
    { x: toPixel(0), y: toPixelY(CIRCLE) - 4, anchor: 'middle' },
  ];
  // Each cogwheel's name at the tip of one of its teeth, each at another angle.
  const angles = [Math.PI, Math.PI / 2, (3 * Math.PI) / 4, (5 * Math.PI) / 4];
  for (let k = 3; k < n; k += 1) {
    const angle = angles[k - 3]!;
    const reach = CIRCLE + TEETH[k - 3]! + 0.04;
    const [x, y] = [reach * Math.cos(angle), reach * Math.sin(angle)];
    // Written from the tooth towards the nearer edge would run off the diagram: it is written inwards from the edge instead, just below the tip.
    spots.push(Math.abs(x) < 0.1 ? { x: toPixel(x), y: toPixelY(y) - 4, anchor: 'middle' } : { x: x > 0 ? VENN_SIZE - 4 : 4, y: toPixelY(y) + 14, anchor: x > 0 ? 'end' : 'start' });
  }
  return spots;
}

export interface VennLayout {
  sets: number;
  /** Each set's outline, in pixels. */
  outlines: string[];
  /** Where each set's name is written. */
  names: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[];
  /** Where each row's label goes (its region's roomiest point) and how much room it has there (pixels to the nearest edge). */
  labels: Map<number, { x: number; y: number; room: number }>;
}

const GRID = 240;
const cache = new Map<number, VennLayout>();

/** The layout for `n` sets (1 to 7), computed once per n. */
export function vennLayout(n: number): VennLayout {
  const cached = cache.get(n);
  if (cached) return cached;
  // Each grid cell's row, then each cell's distance (in cells) to the nearest cell of another row or the edge.
  const rows = new Int32Array(GRID * GRID);
  for (let i = 0; i < GRID; i += 1) {
    for (let j = 0; j < GRID; j += 1) rows[i * GRID + j] = rowOfSets(setsAt(n, -1 + (2 * (j + 0.5)) / GRID, 1 - (2 * (i + 0.5)) / GRID));
  }
  const distance = new Int32Array(GRID * GRID).fill(-1);
  let frontier: number[] = [];
  for (let i = 0; i < GRID; i += 1) {
    for (let j = 0; j < GRID; j += 1) {
      const cell = i * GRID + j;
      const edge = i === 0 || j === 0 || i === GRID - 1 || j === GRID - 1 || rows[cell - 1] !== rows[cell] || rows[cell + 1] !== rows[cell] || rows[cell - GRID] !== rows[cell] || rows[cell + GRID] !== rows[cell];
      if (edge) {
        distance[cell] = 0;
        frontier.push(cell);
      }
    }
  }
  for (let step = 1; frontier.length > 0; step += 1) {
    const next: number[] = [];
    for (const cell of frontier) {
      const i = Math.floor(cell / GRID);
      const j = cell % GRID;
      for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const a = i + di;
        const b = j + dj;
        if (a < 0 || b < 0 || a >= GRID || b >= GRID) continue;
        const neighbour = a * GRID + b;
        if (distance[neighbour] === -1) {
          distance[neighbour] = step;
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  const best = new Map<number, number>();
  for (let cell = 0; cell < rows.length; cell += 1) {
    const row = rows[cell]!;
    const current = best.get(row);
    if (current === undefined || distance[cell]! > distance[current]!) best.set(row, cell);
  }
  const cellSize = VENN_SIZE / GRID;
  const labels = new Map([...best].map(([row, cell]) => [row, { x: ((cell % GRID) + 0.5) * cellSize, y: (Math.floor(cell / GRID) + 0.5) * cellSize, room: distance[cell]! * cellSize }]));
  const layout = { sets: n, outlines: outlines(n), names: nameSpots(n), labels };
  cache.set(n, layout);
  return layout;
}

/** The row under a point of the diagram given in pixels. */
export const rowAtPixel = (n: number, x: number, y: number) => rowOfSets(setsAt(n, (x / VENN_SIZE) * 2 - 1, 1 - (y / VENN_SIZE) * 2));
