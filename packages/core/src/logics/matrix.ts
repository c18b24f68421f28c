import type { Issue } from '../errors';
import { localizeWords, originalOf } from '../localize-words';
import { linkIssue } from '../link-said';
import { repeatedIds } from './ids';
import type { EquityMatrix, MatrixCell, MatrixScheme, Network } from './matrix-schema';

export type { Aspect, Dimension, EquityMatrix, MatrixCell, MatrixScheme, Network } from './matrix-schema';

export const equityAxes = ['dominant', 'critical'] as const;
export type EquityAxis = (typeof equityAxes)[number];

/** 0 absent, 1 weak, 2 moderate, 3 strong. */
export const strengths = [0, 1, 2, 3] as const;
export type Strength = (typeof strengths)[number];

export const MATRIX_FORMAT = 'wayfinder.equity-matrix';
export const MATRIX_VERSION = 1;

/**
 * Gutiérrez's four dimensions of equity (access and achievement on the dominant axis, identity and
 * power on the critical axis) × three aspects of the improvement process.
 */
export const defaultMatrixScheme: MatrixScheme = {
  dimensions: [
    { id: 'access', label: 'Access', description: 'Resources and opportunities: who gets to take part, with what.', axis: 'dominant' },
    { id: 'achievement', label: 'Achievement', description: 'Measured outcomes: scores, completion, gaps between groups.', axis: 'dominant' },
    { id: 'identity', label: 'Identity', description: "Students' cultures, languages and selves as resources.", axis: 'critical' },
    { id: 'power', label: 'Power', description: 'Voice and decision-making; changing who holds power.', axis: 'critical' },
  ],
  aspects: [
    { id: 'problem', label: 'Problem focus', description: 'How the network defines the problem it works on.' },
    { id: 'groups', label: 'Groups identified', description: 'Which students or communities it names.' },
    { id: 'solution', label: 'Nature of the solution', description: 'What it changes, and for whom.' },
  ],
};

/** A matrix scheme's words in another language (or other words), by id. */
export interface MatrixSchemeTranslation {
  dimensions?: Readonly<Record<string, { label?: string; description?: string }>>;
  aspects?: Readonly<Record<string, { label?: string; description?: string }>>;
}

/** A stored matrix scheme shown in another language: Gutiérrez's words take the translation, a team's own stay. */
export function localizeMatrixScheme(scheme: MatrixScheme, translation: MatrixSchemeTranslation, original: MatrixScheme = defaultMatrixScheme): MatrixScheme {
  return {
    dimensions: scheme.dimensions.map((dimension) => localizeWords(dimension, originalOf(dimension, original.dimensions), translation.dimensions?.[dimension.id])),
    aspects: scheme.aspects.map((aspect) => localizeWords(aspect, originalOf(aspect, original.aspects), translation.aspects?.[aspect.id])),
  };
}

export function emptyMatrix(scheme: MatrixScheme = defaultMatrixScheme): EquityMatrix {
  return { format: MATRIX_FORMAT, schemaVersion: MATRIX_VERSION, scheme, networks: [] };
}

const ABSENT: MatrixCell = { strength: 0, evidence: [] };

export function cellOf(network: Network, dimension: string, aspect: string): MatrixCell {
  return network.cells[dimension]?.[aspect] ?? ABSENT;
}

/** A copy of the network with one cell replaced. */
export function withCell(network: Network, dimension: string, aspect: string, cell: MatrixCell): Network {
  return { ...network, cells: { ...network.cells, [dimension]: { ...network.cells[dimension], [aspect]: cell } } };
}

/**
 * How widely a network draws on the equity dimensions: `wide` when it reaches both axes and at
 * least `wideAt` dimensions; otherwise by the axes it stays on.
 */
export type Reach = 'wide' | 'dominant-only' | 'critical-only' | 'both-axes' | 'none';

export interface NetworkSummary {
  network: Network;
  /** Per dimension id: the strongest cell across the aspects. */
  strongest: Record<string, Strength>;
  /** Dimensions with any presence. */
  present: string[];
  axes: Record<EquityAxis, boolean>;
  reach: Reach;
}

export interface MatrixSummary {
  networks: NetworkSummary[];
  /** Per dimension id and aspect id: how many networks have the cell present. */
  cellCounts: Record<string, Record<string, number>>;
  /** How many networks fall under each reach. */
  reachCounts: Record<Reach, number>;
  wideAt: number;
}

export interface SummaryOptions {
  /** Dimensions a network must draw on (across both axes) to count as wide; default ¾ of them, rounded up. */
  wideAt?: number;
}

export function summarizeMatrix(matrix: Pick<EquityMatrix, 'scheme' | 'networks'>, options: SummaryOptions = {}): MatrixSummary {
  const { dimensions, aspects } = matrix.scheme;
  const wideAt = options.wideAt ?? Math.ceil((dimensions.length * 3) / 4);
  const cellCounts = Object.fromEntries(dimensions.map((dimension) => [dimension.id, Object.fromEntries(aspects.map((aspect) => [aspect.id, 0]))])) as Record<string, Record<string, number>>;
  const reachCounts: Record<Reach, number> = { wide: 0, 'dominant-only': 0, 'critical-only': 0, 'both-axes': 0, none: 0 };
  const networks = matrix.networks.map((network) => {
    const strongest: Record<string, Strength> = {};
    for (const dimension of dimensions) {
      let max: Strength = 0;
      for (const aspect of aspects) {
        const { strength } = cellOf(network, dimension.id, aspect.id);
        if (strength > 0) cellCounts[dimension.id]![aspect.id]! += 1;
        if (strength > max) max = strength;
      }
      strongest[dimension.id] = max;
    }
    const present = dimensions.filter((dimension) => strongest[dimension.id]! > 0);
    const axes = { dominant: present.some((d) => d.axis === 'dominant'), critical: present.some((d) => d.axis === 'critical') };
    const reach: Reach =
      present.length === 0 ? 'none' : axes.dominant && axes.critical ? (present.length >= wideAt ? 'wide' : 'both-axes') : axes.dominant ? 'dominant-only' : 'critical-only';
    reachCounts[reach] += 1;
    return { network, strongest, present: present.map((dimension) => dimension.id), axes, reach };
  });
  return { networks, cellCounts, reachCounts, wideAt };
}

/** Repeated ids, and cells under a dimension or aspect the scheme lacks (they would be silently ignored). */
export function matrixLinkIssues(matrix: EquityMatrix): Issue[] {
  const issues: Issue[] = [
    ...repeatedIds(matrix.scheme.dimensions, ['scheme', 'dimensions'], 'dimension'),
    ...repeatedIds(matrix.scheme.aspects, ['scheme', 'aspects'], 'aspect'),
    ...repeatedIds(matrix.networks, ['networks'], 'network'),
  ];
  const dimensions = new Set(matrix.scheme.dimensions.map((dimension) => dimension.id));
  const aspects = new Set(matrix.scheme.aspects.map((aspect) => aspect.id));
  matrix.networks.forEach((network, n) => {
    for (const [dimension, row] of Object.entries(network.cells)) {
      if (!dimensions.has(dimension)) issues.push(linkIssue(['networks', n, 'cells', dimension], 'issue.noDimension', { dimension }));
      else for (const aspect of Object.keys(row)) if (!aspects.has(aspect)) issues.push(linkIssue(['networks', n, 'cells', dimension, aspect], 'issue.noAspect', { aspect }));
    }
  });
  return issues;
}
