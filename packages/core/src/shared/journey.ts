import type * as Y from 'yjs';
import type { Result } from '../errors';
import type { Journey } from '../navigator/journey';
import { journeySchema, tripTicketWorkSchema } from '../navigator/journey';
import { importJourney, readTripTicketDraft } from '../navigator/transfer';
import { schemaBinding } from './binding';
import type { Binding, Shape } from './json-doc';
import { applyCheckedUpdate, readJson, shapeOf, writeJson } from './json-doc';

/** The name of the Y.Map at the root of a Y.Doc that holds a journey. */
export const JOURNEY_ROOT = 'journey';

/**
 * A journey's place in a Y.Doc (every free-text answer a `Y.Text`) and its check, for
 * `useSharedDocument` (`@wayfinder/react/shared-document`) and `shareLocally`: the journey's shape,
 * which edits that each keep it can never break together. Links between tools are not checked (one
 * person deleting a measure while another links a cycle to it are both right): `readJourney` reports them.
 */
export const journeyBinding = schemaBinding<Journey>(JOURNEY_ROOT, journeySchema, 'navigator/shared', 'journey');

/** Where a journey's parts lie in its Y.Doc. */
export const journeyShape: Shape = journeyBinding.shape;

/** The name of the Y.Map beside the journey that holds the trip ticket being written, if any. */
export const TRIP_TICKET_DRAFT_ROOT = 'tripTicketDraft';

/**
 * The trip ticket the team is writing together, beside the journey in its Y.Doc: the draft every
 * member's form shows and types into, until someone saves it as a version. Checked as a form's
 * kept draft is (days and names may still be half typed).
 */
export const tripTicketDraftBinding = { root: TRIP_TICKET_DRAFT_ROOT, shape: shapeOf(tripTicketWorkSchema), check: readTripTicketDraft } as const;

/** Every part of a journey's Y.Doc and its check: what a provider's updates must keep readable (`shareLocally`, `guardedCopy`). */
export const journeyBindings: readonly Binding[] = [journeyBinding, tripTicketDraftBinding];

/**
 * The journey a Y.Doc holds, checked as a journey file is (shape and links between tools), or why
 * it cannot be read as one. An empty document holds none yet.
 */
export function readJourney(doc: Y.Doc): Result<Journey> {
  return importJourney(JSON.stringify(readJson(doc.getMap(JOURNEY_ROOT), journeyShape)));
}

/** Makes the Y.Doc hold `journey`, changing only what differs, as one change by `origin`. */
export function writeJourney(doc: Y.Doc, journey: Journey, origin?: unknown): void {
  writeJson(doc.getMap(JOURNEY_ROOT), journey, journeyShape, origin);
}

/**
 * Applies an update received from another tab, device or server only if the journey keeps its
 * shape and the update builds on what this copy has; otherwise the document is left as it was and
 * the result says why.
 */
export function applyJourneyUpdate(doc: Y.Doc, update: Uint8Array, origin?: unknown): Result<Journey> {
  return applyCheckedUpdate(doc, JOURNEY_ROOT, update, journeyBinding.check, origin, journeyShape);
}
