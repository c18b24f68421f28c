import type { Issue, Result, WayfinderError } from './errors';

/** Turns a document of schema version n into version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** The zod (or zod/mini) parser a file kind validates with, reduced to what reading needs. */
interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> } };
}

export interface VersionedFileKind<T> {
  /** The `format` every file of this kind carries, e.g. `wayfinder.journey`. */
  format: string;
  /** "journey", "coding": how messages name the document. */
  noun: string;
  currentVersion: number;
  migrations: Readonly<Record<number, Migration>>;
  schema: Parser<T>;
  /** Problems the schema cannot see (links between ids), checked once the shape is valid. */
  links?: (value: T) => Issue[];
  error: (message: string, issues?: readonly Issue[]) => WayfinderError;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * Reads a Wayfinder file: parses the JSON, brings an older schema version up to date one step at
 * a time, validates the shape and the links, and reports every problem with its place. A file from
 * a newer version of the kit is refused rather than guessed at. Nothing is changed on failure: the
 * caller keeps what it had.
 */
export function readVersionedFile<T>(text: string, kind: VersionedFileKind<T>): Result<T> {
  const fail = (message: string, issues?: readonly Issue[]): Result<T> => ({ ok: false, error: kind.error(message, issues) });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not JSON: ${(error as Error).message}`);
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail(`The file does not hold a ${kind.noun} (expected a JSON object).`);
  }
  let current = document as Record<string, unknown>;
  if (current.format !== kind.format) {
    return fail(`The file is not a ${kind.noun}: its "format" is ${JSON.stringify(current.format)}, not "${kind.format}".`, [{ path: ['format'], message: 'unknown format' }]);
  }
  const version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The file has no valid "schemaVersion".', [{ path: ['schemaVersion'], message: 'must be a whole number from 1' }]);
  }
  if (version > kind.currentVersion) {
    return fail(`The file was saved by a newer version (schema ${version}); this one reads up to schema ${kind.currentVersion}. Update, then import again.`, [
      { path: ['schemaVersion'], message: `${version} is newer than ${kind.currentVersion}` },
    ]);
  }
  for (let from = version; from < kind.currentVersion; from += 1) {
    const migrate = kind.migrations[from];
    if (!migrate) return fail(`No migration from schema ${from} to ${from + 1}.`);
    current = { ...migrate(current), schemaVersion: from + 1 };
  }
  const parsed = kind.schema.safeParse(current);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
      message: issue.message,
    }));
    return fail(`The ${kind.noun} has ${plural(issues.length, 'problem')}.`, issues);
  }
  const linkIssues = kind.links?.(parsed.data) ?? [];
  if (linkIssues.length > 0) return fail(`The ${kind.noun} has ${plural(linkIssues.length, 'broken link')}.`, linkIssues);
  return { ok: true, value: parsed.data };
}
