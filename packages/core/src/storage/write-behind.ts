import type { StorageAdapter } from './adapter';

/** The synchronous store (the page's `localStorage`) that holds edits a closing page had no time to write. */
export interface EditJournal {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * What changed since the last value known to be stored: the top-level fields that differ (edits
 * replace what they change, so an untouched field is the same object), or the whole value when
 * it is not an object. A keystroke in a document of 100,000 rows journals a name, not the rows.
 */
type Edit = { whole: unknown } | { set: Record<string, unknown>; remove: string[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function editBetween(stored: unknown, next: unknown): Edit {
  if (!isPlainObject(stored) || !isPlainObject(next)) return { whole: next };
  const set: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) if (stored[field] !== value) set[field] = value;
  return { set, remove: Object.keys(stored).filter((field) => !Object.hasOwn(next, field)) };
}

function applyEdit(stored: unknown, edit: Edit): unknown {
  if ('whole' in edit) return edit.whole;
  if (!isPlainObject(stored)) return undefined;
  const next: Record<string, unknown> = { ...stored, ...edit.set };
  for (const field of edit.remove) delete next[field];
  return next;
}

export interface WriteBehindOptions {
  adapter: StorageAdapter;
  key: string;
  /** Quiet time after the last change before it is written. */
  delayMs: number;
  /** Where edits go when the page may close before they are written; none without an adapter name. */
  journal: EditJournal | null;
  /** The rules a value must meet to be written (a document's reader): a value they refuse is reported, not written. */
  check?: (value: unknown) => Error | null;
  onSaved: () => void;
  onError: (error: Error) => void;
}

/**
 * Writes a value some time after its last change instead of on every change, one write at a
 * time. When the page is being hidden or closed, `journalPending` copies what is not yet written
 * into the synchronous journal (an IndexedDB write started then is not finished by the browser);
 * `recover` applies such an edit to the stored value on the next visit.
 */
export class WriteBehind {
  /** The value the store is known to hold: loaded, or confirmed written. */
  private stored: unknown = undefined;
  /** The newest value, while it is not confirmed written. */
  private unsaved: { value: unknown } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private readonly journalKey: string | null;

  constructor(private readonly options: WriteBehindOptions) {
    this.journalKey = options.adapter.name && options.journal ? `wayfinder-unsaved:${options.adapter.name}:${options.key}` : null;
  }

  /**
   * Takes the value as loaded, and returns it with the edit a closed page left in the journal
   * applied, or `undefined` when there is none. The caller checks the result and either keeps it
   * (`change`) or drops the edit (`dropJournal`).
   */
  recover(loaded: unknown): unknown {
    this.stored = loaded;
    const text = this.journalKey ? this.options.journal!.getItem(this.journalKey) : null;
    if (text === null) return undefined;
    try {
      return applyEdit(loaded, JSON.parse(text) as Edit);
    } catch {
      return undefined;
    }
  }

  dropJournal(): void {
    if (this.journalKey) this.options.journal!.removeItem(this.journalKey);
  }

  change(value: unknown): void {
    this.unsaved = { value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Writes the newest value now; resolves once every write asked for so far has ended. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const pending = this.unsaved;
    if (!pending) return this.writing;
    const { adapter, key, check, onSaved, onError } = this.options;
    // A value its document's rules refuse is not written: what is stored stays readable.
    let problem: Error | null;
    try {
      problem = check?.(pending.value) ?? null;
    } catch (error) {
      problem = error instanceof Error ? error : new Error(String(error));
    }
    if (problem) {
      onError(problem);
      return this.writing;
    }
    // A host adapter that throws instead of rejecting must not end every later write with it.
    this.writing = this.writing.then(() =>
      Promise.resolve()
        .then(() => adapter.set(key, pending.value))
        .then(
          () => {
            this.stored = pending.value;
            if (this.unsaved !== pending) return;
            this.unsaved = null;
            if (this.journalKey) this.options.journal!.removeItem(this.journalKey);
            onSaved();
          },
          (error: unknown) => onError(error instanceof Error ? error : new Error(String(error))),
        ),
    );
    return this.writing;
  }

  /** Synchronously keeps what is not yet written, then starts writing it: the page is going away. */
  journalPending(): void {
    if (!this.unsaved) return;
    if (this.journalKey) {
      try {
        this.options.journal!.setItem(this.journalKey, JSON.stringify(editBetween(this.stored, this.unsaved.value)));
      } catch {
        // Over the journal's quota: the write started below is all there is.
      }
    }
    void this.flush();
  }
}
