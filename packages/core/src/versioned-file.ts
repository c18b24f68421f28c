import type { Issue, Result, WayfinderError } from './errors';

/** Turns a document of schema version n into version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** A zod issue, reduced to what a message needs. */
interface SchemaIssue {
  path: PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  values?: readonly unknown[];
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  inclusive?: boolean;
  keys?: readonly string[];
}

/** The zod (or zod/mini) parser a file kind validates with, reduced to what reading needs. */
interface Parser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<SchemaIssue> } };
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

const UNITS: Record<string, string> = { string: ' characters', array: ' items', set: ' items', file: ' bytes' };

/**
 * What the rule wants, in words. zod's mini build (which the file schemas use, to keep bundles
 * small) carries no message catalogue and says "Invalid input" for every rule without its own
 * message; the issue's code and details say more.
 */
function describeIssue(issue: SchemaIssue): string {
  if (issue.message !== 'Invalid input') return issue.message;
  const unit = UNITS[issue.origin ?? ''] ?? '';
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${/^[aeiou]/.test(issue.expected ?? '') ? 'an' : 'a'} ${issue.expected}`;
    case 'invalid_value': {
      const values = (issue.values ?? []).map((value) => JSON.stringify(value));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'too_big':
      return `${issue.inclusive === false ? 'below' : 'at most'} ${String(issue.maximum)}${unit}`;
    case 'too_small':
      return `${issue.inclusive === false ? 'above' : 'at least'} ${String(issue.minimum)}${unit}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys?.length === 1 ? 'key' : 'keys'} ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_format':
      return 'not in the expected format';
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return issue.message;
  }
}

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
      message: describeIssue(issue),
    }));
    return fail(`The ${kind.noun} has ${plural(issues.length, 'problem')}.`, issues);
  }
  const linkIssues = kind.links?.(parsed.data) ?? [];
  if (linkIssues.length > 0) return fail(`The ${kind.noun} has ${plural(linkIssues.length, 'broken link')}.`, linkIssues);
  return { ok: true, value: parsed.data };
}
