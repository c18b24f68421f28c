/**
 * Every error Wayfinder throws on purpose is a `WayfinderError`: it carries a stable `code` a host
 * can branch on and the list of `issues`, each naming *where* (a path into the input) and *what*.
 */

export type IssuePath = ReadonlyArray<string | number>;

export interface Issue {
  /** Where in the input the problem is, e.g. `['cases', 3, 'values', 'DEV']`. */
  readonly path: IssuePath;
  /** A sentence for people: what is wrong there (in English). */
  readonly message: string;
  /** The message as a key of `issueMessages` (`@wayfinder/core/issue-messages`), for an interface to say in its reader's language. */
  readonly key?: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A message as a key of `issueMessages` and its values. */
export interface Said {
  readonly key: string;
  readonly values?: Readonly<Record<string, string | number>>;
}

export class WayfinderError extends Error {
  override readonly name: string = 'WayfinderError';
  readonly code: string;
  readonly issues: readonly Issue[];
  /** The message without the list of issues, for a UI that lists the issues itself. */
  readonly summary: string;
  /** The summary as a key of `issueMessages` and its values, when it is one, for a UI to translate. */
  readonly said: Said | undefined;

  constructor(code: string, message: string, issues: readonly Issue[] = [], said?: Said) {
    super(issues.length > 0 ? `${message}\n${formatIssues(issues)}` : message);
    this.code = code;
    this.issues = issues;
    this.summary = message;
    this.said = said;
  }
}

export function isWayfinderError(value: unknown): value is WayfinderError {
  return value instanceof WayfinderError;
}

/** `cases[3].values.DEV` — the path as a reader would type it. */
export function formatPath(path: IssuePath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => `- ${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${issue.message}`).join('\n');
}

/** Result type for operations that report problems instead of throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: WayfinderError };
