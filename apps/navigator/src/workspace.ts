import type { Coding } from '@wayfinder/core/logics';
import { defaultScheme, emptyCoding } from '@wayfinder/core/logics';
import { importCoding } from '@wayfinder/core/logics/import';
import type { Journey } from '@wayfinder/core/navigator';
import { emptyJourney, importJourney } from '@wayfinder/core/navigator';
import type { StoredDocument } from './stored-document';
import { useStoredDocument } from './stored-document';

export interface Workspace {
  journey: StoredDocument<Journey>;
  coding: StoredDocument<Coding>;
}

const newJourney = () => emptyJourney();
const newCoding = () => emptyCoding(defaultScheme);

/**
 * The documents the home page counts from, held by the shell: one per tool, each in the app's
 * storage under its own key and saved on every change. The analysis and the matrix are read by
 * their own pages, so start-up neither reads nor validates them.
 */
export function useWorkspace(): Workspace {
  return {
    journey: useStoredDocument('journey', newJourney, importJourney),
    coding: useStoredDocument('coding', newCoding, importCoding),
  };
}
