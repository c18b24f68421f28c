import type * as Y from 'yjs';
import type { Result } from '../errors';
import type { Journey } from '../navigator/journey';
import { journeySchema } from '../navigator/journey';
import { importJourney } from '../navigator/transfer';
import type { Shape } from './json-doc';
import { applyCheckedUpdate, readJson, shapeOf, writeJson } from './json-doc';

/** The name of the Y.Map at the root of a Y.Doc that holds a journey. */
export const JOURNEY_ROOT = 'journey';

/** Where a journey's parts lie in its Y.Doc: every free-text answer a `Y.Text`. */
export const journeyShape: Shape = shapeOf(journeySchema);

/**
 * The journey a Y.Doc holds, checked as a journey file is (shape and links between tools), or why
 * it cannot be read. An empty document holds none yet.
 */
export function readJourney(doc: Y.Doc): Result<Journey> {
  return checkJourney(readJson(doc.getMap(JOURNEY_ROOT)));
}

function checkJourney(json: unknown): Result<Journey> {
  return importJourney(JSON.stringify(json));
}

/** A journey's place in a Y.Doc and its check, for `useSharedDocument` (`@wayfinder/react/shared-document`). */
export const journeyBinding = { root: JOURNEY_ROOT, shape: journeyShape, check: checkJourney } as const;

/** Makes the Y.Doc hold `journey`, changing only what differs, as one change by `origin`. */
export function writeJourney(doc: Y.Doc, journey: Journey, origin?: unknown): void {
  writeJson(doc.getMap(JOURNEY_ROOT), journey, journeyShape, origin);
}

/**
 * Applies an update received from another tab, device or server only if the journey stays valid;
 * otherwise the document is left as it was and the result says why.
 */
export function applyJourneyUpdate(doc: Y.Doc, update: Uint8Array, origin?: unknown): Result<Journey> {
  return applyCheckedUpdate(doc, JOURNEY_ROOT, update, checkJourney, origin);
}
