import type { Issue, Result, WayfinderError } from './errors';
import { structureIssues } from './document-structure';
import type { Parser } from './schema-issues';
import { plural, schemaIssues } from './schema-issues';

/** Turns a document of schema version n into version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFileKind<T> {
  /** The `format` every file of this kind carries, e.g. `wayfinder.journey`. */
  format: string;
  /** "journey", "coding": how messages name the document. */
  noun: string;
  currentVersion: number;
  migrations: Readonly<Record<number, Migration>>;
  schema: Parser<T>;
  /** Problems the schema cannot see (links between ids, rules across fields), checked once the shape is valid. */
  links?: (value: T) => Issue[];
  error: (message: string, issues?: readonly Issue[]) => WayfinderError;
}

/** "a journey", "an analysis". */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

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
    return fail(`The file does not hold ${withArticle(kind.noun)} (expected a JSON object).`);
  }
  let current = document as Record<string, unknown>;
  if (current.format !== kind.format) {
    return fail(`The file is not ${withArticle(kind.noun)}: its "format" is ${JSON.stringify(current.format)}, not "${kind.format}".`, [{ path: ['format'], message: 'unknown format' }]);
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
  return validateDocument(current, kind);
}

/** Structure (reserved keys, nesting), the schema, then the links: every problem of a document in memory or just read, with its place. */
function validateDocument<T>(document: unknown, kind: VersionedFileKind<T>): Result<T> {
  const structure = structureIssues(document);
  if (structure.length > 0) return { ok: false, error: kind.error(`The ${kind.noun} has ${plural(structure.length, 'problem')} of structure.`, structure) };
  const parsed = kind.schema.safeParse(document);
  if (!parsed.success) {
    const issues = schemaIssues(parsed.error.issues);
    return { ok: false, error: kind.error(`The ${kind.noun} has ${plural(issues.length, 'problem')}.`, issues) };
  }
  const linkIssues = kind.links?.(parsed.data) ?? [];
  if (linkIssues.length > 0) return { ok: false, error: kind.error(`The ${kind.noun} has ${plural(linkIssues.length, 'problem')}.`, linkIssues) };
  return { ok: true, value: parsed.data };
}

/**
 * A document as file text (two-space indentation, a final newline), checked first by the same
 * rules as reading: what is written always reads back. An invalid document throws the kind's
 * error, with every problem at its place.
 */
export function writeVersionedFile<T>(document: T, kind: VersionedFileKind<T>): string {
  const checked = validateDocument(document, kind);
  if (!checked.ok) throw checked.error;
  return `${JSON.stringify(checked.value, null, 2)}\n`;
}
