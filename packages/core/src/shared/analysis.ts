import type { AnalysisFile } from '../qca/analysis-file';
import { analysisFileSchema } from '../qca/analysis-file';
import { schemaBinding } from './binding';

/**
 * A QCA analysis's settings (its data, outcome, calibrations, cut-offs, hand-set OUT values and
 * expectations) as a shared document. For `useSharedDocument`, `shareLocally` and `guardedCopy`.
 */
export const analysisBinding = schemaBinding<AnalysisFile>('analysis', analysisFileSchema, 'qca/shared', 'analysis');
