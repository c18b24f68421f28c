import { analysisBinding } from '@wayfinder/core/shared/analysis';
import { journeyBindings } from '@wayfinder/core/shared/journey';
import { codingBinding, matrixBinding } from '@wayfinder/core/shared/logics';

/** Every kind of document the kit shares, wherever a host's documents keep them: what the server checks each update against. */
export const kitBindings = [...journeyBindings, codingBinding, matrixBinding, analysisBinding];
