import type { Coding } from '@wayfinder/core/logics';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { importCoding, importMatrix } from '@wayfinder/core/logics/import';
import type { EquityMatrix } from '@wayfinder/core/logics/matrix';
import { emptyMatrix } from '@wayfinder/core/logics/matrix';
import type { Journey } from '@wayfinder/core/navigator';
import { emptyJourney, importJourney } from '@wayfinder/core/navigator';
import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import { emptyAnalysis, importAnalysis } from '@wayfinder/core/qca/analysis-file';
import type { StoredDocument } from './stored-document';
import { useStoredDocument } from './stored-document';

export interface Workspace {
  journey: StoredDocument<Journey>;
  analysis: StoredDocument<AnalysisFile>;
  coding: StoredDocument<Coding>;
  matrix: StoredDocument<EquityMatrix>;
}

const newJourney = () => emptyJourney();
const newCoding = () => emptyCoding(defaultScheme);

/** The team's work: one document per tool, each in the app's storage under its own key and saved on every change. */
export function useWorkspace(): Workspace {
  return {
    journey: useStoredDocument('journey', newJourney, importJourney),
    analysis: useStoredDocument('analysis', emptyAnalysis, importAnalysis),
    coding: useStoredDocument('coding', newCoding, importCoding),
    matrix: useStoredDocument('matrix', emptyMatrix, importMatrix),
  };
}
