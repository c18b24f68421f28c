import type { Issue, Result, Said } from '../errors';
import { WayfinderError } from '../errors';
import type { Migration, VersionedFileKind } from '../versioned-file';
import { readVersionedFile, writeVersionedFile } from '../versioned-file';
import { plural, schemaIssues } from '../schema-issues';
import type { Journey, TripTicketDraft } from './journey';
import { JOURNEY_FORMAT, JOURNEY_VERSION, journeySchema, tripTicketWorkSchema } from './journey';
import { danglingLinks, duplicateIds, repeatedPoints } from './links';

export type { Migration } from '../versioned-file';

export class JourneyImportError extends WayfinderError {
  override readonly name = 'JourneyImportError';
  constructor(message: string, issues: readonly Issue[] = [], said?: Said) {
    super('navigator/import', message, issues, said);
  }
}

type Fields = Record<string, unknown>;
const each = (list: unknown, change: (item: Fields) => Fields) => (Array.isArray(list) ? list.map((item) => (typeof item === 'object' && item !== null ? change(item as Fields) : item)) : list);

/**
 * Migrations by the version they start from; each change of shape adds one, and old files keep
 * opening. Version 2 lets a pit stop carry out a planned stop, gives PDSA cycles a title and a
 * start date, and links travel-log entries to strategies: all empty in a version 1 file. Version 3
 * gives measures their data (values over time by group, kind, scale, chart, goal, changes and a
 * baseline), PDSA cycles an end, the measures they study and the cycle they build on, and the
 * journey a driver diagram and a fishbone: all empty in a version 2 file.
 */
export const journeyMigrations: Readonly<Record<number, Migration>> = {
  1: (document) => ({
    ...document,
    pitStops: each(document['pitStops'], (stop) => ({ plannedStopId: null, ...stop })),
    pdsaCycles: each(document['pdsaCycles'], (cycle) => ({ title: '', startedOn: null, ...cycle })),
    travelLog: each(document['travelLog'], (entry) => ({ strategyIds: [], ...entry })),
  }),
  2: (document) => ({
    ...document,
    measures: each(document['measures'], (measure) => ({ kind: null, scale: null, chart: null, goal: null, focalGroup: null, changes: [], baselineUntil: null, data: [], ...measure })),
    pdsaCycles: each(document['pdsaCycles'], (cycle) => ({ endedOn: null, measureIds: [], buildsOnId: null, ...cycle })),
    driverDiagram: { aim: '', nodes: [] },
    fishbone: { problem: '', categories: [], causes: [] },
  }),
};

export interface ImportOptions {
  migrations?: Readonly<Record<number, Migration>>;
  currentVersion?: number;
}

/**
 * Reads a journey file: parses the JSON, brings an older schema version up to date, validates the
 * shape and the links between tools, and reports every problem with its place. A file from a newer
 * version of the kit is refused rather than guessed at. Nothing is changed on failure: the caller
 * keeps the journey it had.
 */
const journeyFile: VersionedFileKind<Journey> = {
  format: JOURNEY_FORMAT,
  noun: 'journey',
  currentVersion: JOURNEY_VERSION,
  migrations: journeyMigrations,
  schema: journeySchema,
  links: (journey) => [...duplicateIds(journey), ...danglingLinks(journey), ...repeatedPoints(journey)],
  error: (message, issues, said) => new JourneyImportError(message, issues, said),
};

export function importJourney(text: string, options: ImportOptions = {}): Result<Journey> {
  return readVersionedFile(text, { ...journeyFile, currentVersion: options.currentVersion ?? JOURNEY_VERSION, migrations: options.migrations ?? journeyMigrations });
}

/**
 * A trip ticket kept between visits while it is written (days and names may still be empty), as
 * a form restores it: a draft of the wrong shape is refused with every problem at its place.
 */
export function readTripTicketDraft(value: unknown): Result<TripTicketDraft> {
  const parsed = tripTicketWorkSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = schemaIssues(parsed.error.issues);
  return { ok: false, error: new WayfinderError('navigator/draft', `The draft has ${plural(issues.length, 'problem')}.`, issues) };
}

/**
 * The journey as a file: stable key order, two-space indentation, a final newline. A journey that
 * would not read back throws a `JourneyImportError` naming each problem.
 */
export function exportJourney(journey: Journey): string {
  return writeVersionedFile(journey, journeyFile);
}
