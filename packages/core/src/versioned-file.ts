import type { Issue, Result, Said, WayfinderError } from './errors';
import type { IssueKey } from './issue-messages';
import { keyedIssue, say, sayNotJson } from './said';
import { structureIssues } from './document-structure';
import type { Parser } from './schema-issues';
import { schemaIssues } from './schema-issues';

/** Turns a document of schema version n into version n + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFileKind<T> {
  /** The `format` every file of this kind carries, e.g. `wayfinder.journey`. */
  format: string;
  /** "journey", "coding", "analysis", "equity-logic matrix": how messages name the document (`issueMessages` has each). */
  noun: string;
  currentVersion: number;
  migrations: Readonly<Record<number, Migration>>;
  schema: Parser<T>;
  /** Problems the schema cannot see (links between ids, rules across fields), checked once the shape is valid. */
  links?: (value: T) => Issue[];
  error: (message: string, issues?: readonly Issue[], said?: Said) => WayfinderError;
}

/**
 * Reads a Wayfinder file: parses the JSON, brings an older schema version up to date one step at
 * a time, validates the shape and the links, and reports every problem with its place. A file from
 * a newer version of the kit is refused rather than guessed at. Nothing is changed on failure: the
 * caller keeps what it had.
 */
export function readVersionedFile<T>(text: string, kind: VersionedFileKind<T>): Result<T> {
  const fail = (key: IssueKey, values: Readonly<Record<string, string | number>>, issues?: readonly Issue[]): Result<T> => {
    const { message, said } = say(key, values);
    return { ok: false, error: kind.error(message, issues, said) };
  };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    const { message, said } = sayNotJson(text);
    return { ok: false, error: kind.error(message, [], said) };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return fail('issue.notObject', { kind: kind.noun });
  }
  let current = document as Record<string, unknown>;
  if (current.format !== kind.format) {
    return fail('issue.wrongFormat', { kind: kind.noun, found: JSON.stringify(current.format) ?? 'undefined', format: kind.format }, [keyedIssue(['format'], 'issue.unknownFormat')]);
  }
  const version = current.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('issue.noVersion', {}, [keyedIssue(['schemaVersion'], 'issue.versionWhole')]);
  }
  if (version > kind.currentVersion) {
    return fail('issue.newerFile', { version, current: kind.currentVersion }, [keyedIssue(['schemaVersion'], 'issue.newerVersion', { version, current: kind.currentVersion })]);
  }
  for (let from = version; from < kind.currentVersion; from += 1) {
    const migrate = kind.migrations[from];
    if (!migrate) return { ok: false, error: kind.error(`No migration from schema ${from} to ${from + 1}.`) };
    current = { ...migrate(current), schemaVersion: from + 1 };
  }
  return validateDocument(current, kind);
}

/** Structure (reserved keys, nesting), the schema, then the links: every problem of a document in memory or just read, with its place. */
function validateDocument<T>(document: unknown, kind: VersionedFileKind<T>): Result<T> {
  const problems = (key: IssueKey, issues: readonly Issue[]): Result<T> => {
    const { message, said } = say(key, { kind: kind.noun, count: issues.length });
    return { ok: false, error: kind.error(message, issues, said) };
  };
  const structure = structureIssues(document);
  if (structure.length > 0) return problems('issue.structureProblems', structure);
  const parsed = kind.schema.safeParse(document);
  if (!parsed.success) return problems('issue.problems', schemaIssues(parsed.error.issues));
  const linkIssues = kind.links?.(parsed.data) ?? [];
  if (linkIssues.length > 0) return problems('issue.problems', linkIssues);
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
