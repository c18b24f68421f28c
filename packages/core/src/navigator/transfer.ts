import type { Issue, Result } from '../errors';
import { WayfinderError } from '../errors';
import type { Journey } from './journey';
import { JOURNEY_FORMAT, JOURNEY_VERSION, journeySchema } from './journey';
import { danglingLinks, duplicateIds } from './links';

export class JourneyImportError extends WayfinderError {
  override readonly name = 'JourneyImportError';
  constructor(message: string, issues: readonly Issue[] = []) {
    super('navigator/import', message, issues);
  }
}

/** Turns a document of schema version n into version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they start from. The format is at its first version, so none exist
 * yet; each future change of shape adds one here, and old files keep opening.
 */
export const journeyMigrations: Readonly<Record<number, Migration>> = {};

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
export function importJourney(text: string, options: ImportOptions = {}): Result<Journey> {
  const { migrations = journeyMigrations, currentVersion = JOURNEY_VERSION } = options;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: new JourneyImportError(`The file is not JSON: ${(error as Error).message}`) };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, error: new JourneyImportError('The file does not hold a journey (expected a JSON object).') };
  }
  let current = document as Record<string, unknown>;
  if (current.format !== JOURNEY_FORMAT) {
    return { ok: false, error: new JourneyImportError(`The file is not a journey: its "format" is ${JSON.stringify(current.format)}, not "${JOURNEY_FORMAT}".`, [{ path: ['format'], message: 'unknown format' }]) };
  }
  const version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: new JourneyImportError('The file has no valid "schemaVersion".', [{ path: ['schemaVersion'], message: 'must be a whole number from 1' }]) };
  }
  if (version > currentVersion) {
    return {
      ok: false,
      error: new JourneyImportError(`The file was saved by a newer version (schema ${version}); this one reads up to schema ${currentVersion}. Update, then import again.`, [
        { path: ['schemaVersion'], message: `${version} is newer than ${currentVersion}` },
      ]),
    };
  }
  for (let from = version; from < currentVersion; from += 1) {
    const migrate = migrations[from];
    if (!migrate) return { ok: false, error: new JourneyImportError(`No migration from schema ${from} to ${from + 1}.`) };
    current = { ...migrate(current), schemaVersion: from + 1 };
  }
  const parsed = journeySchema.safeParse(current);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
      message: issue.message,
    }));
    return { ok: false, error: new JourneyImportError(`The journey has ${issues.length} problem${issues.length === 1 ? '' : 's'}.`, issues) };
  }
  const linkIssues = [...duplicateIds(parsed.data), ...danglingLinks(parsed.data)];
  if (linkIssues.length > 0) {
    return { ok: false, error: new JourneyImportError(`The journey has ${linkIssues.length} broken link${linkIssues.length === 1 ? '' : 's'}.`, linkIssues) };
  }
  return { ok: true, value: parsed.data };
}

/** The journey as a file: stable key order, two-space indentation, a final newline. */
export function exportJourney(journey: Journey): string {
  return `${JSON.stringify(journeySchema.parse(journey), null, 2)}\n`;
}
