import type { Coding } from '../logics/coding';
import { codingSchema } from '../logics/coding';
import type { EquityMatrix } from '../logics/matrix-schema';
import { equityMatrixSchema } from '../logics/matrix-schema';
import { schemaBinding } from './binding';

/**
 * A coding as a shared document, for two coders at once: respondents and segments are lists of
 * records matched by id, every excerpt and source a `Y.Text`. The scheme, which has rules of its
 * own, is kept whole. For `useSharedDocument`, `shareLocally` and `guardedCopy`.
 */
export const codingBinding = schemaBinding<Coding>('coding', codingSchema, 'logics/shared', 'coding');

/**
 * An equity-logic matrix as a shared document, for a research group across networks: each
 * network's cells a map of any keys, so two people scoring different cells both keep theirs.
 */
export const matrixBinding = schemaBinding<EquityMatrix>('matrix', equityMatrixSchema, 'logics/shared', 'matrix');
