import * as Y from 'yjs';
import type { Edit, ItemRange } from './load-edits';

interface Tracked {
  edit: Edit;
  madeAt: number;
  /** Documents other than the author's that do not show the edit yet. */
  waiting: number;
}

/** What one document still waits for: item-making edits by author client id (in clock order), and deletions. */
interface Receiver {
  byClient: Map<number, Tracked[]>;
  deletions: Set<Tracked>;
}

/** Whether every item in `ranges` is known to `doc` and deleted there. */
function deletedIn(doc: Y.Doc, ranges: readonly ItemRange[]): boolean {
  return ranges.every(({ client, clock, len }) => {
    if (Y.getState(doc.store, client) < clock + len) return false;
    for (let at = clock; at < clock + len; ) {
      const struct = Y.getItem(doc.store, Y.createID(client, at)) as Y.Item | Y.GC;
      if (struct instanceof Y.Item && !struct.deleted) return false;
      at = struct.id.clock + struct.length;
    }
    return true;
  });
}

function shows(doc: Y.Doc, edit: Edit): boolean {
  return edit.deleted.length > 0 ? deletedIn(doc, edit.deleted) : Y.getState(doc.store, edit.clientID) >= edit.clockEnd;
}

/**
 * Times each edit from the moment its author made it until every other document shows it.
 *
 * A document shows an edit once it has integrated the edit's items (its state for the author's
 * client reached the edit's clock: Yjs holds back updates whose dependencies are missing, so this is
 * when the text or record is really there), or, for a deletion, once every deleted item is deleted
 * there. Each document is watched through its own transactions, so a time is taken when the change
 * lands in that document, whichever way it came.
 */
export class Visibility {
  /** Milliseconds from making to being shown by every other document, one per edit, in the order they completed. */
  readonly latencies: number[] = [];
  private readonly receivers: Receiver[];
  private readonly outstanding = new Set<Tracked>();
  private readonly stops: Array<() => void> = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly docs: readonly Y.Doc[],
    private readonly now: () => number = () => performance.now(),
  ) {
    this.receivers = docs.map((doc, index) => {
      const receiver: Receiver = { byClient: new Map(), deletions: new Set() };
      const onTransaction = (transaction: Y.Transaction) => {
        if (!transaction.local) this.check(index, receiver, transaction);
      };
      doc.on('afterTransaction', onTransaction);
      this.stops.push(() => doc.off('afterTransaction', onTransaction));
      return receiver;
    });
  }

  /** Starts timing `edit`, made by document `edit.author` at `madeAt`. */
  add(edit: Edit, madeAt: number): void {
    const tracked: Tracked = { edit, madeAt, waiting: this.docs.length - 1 };
    if (tracked.waiting === 0) return;
    this.outstanding.add(tracked);
    this.receivers.forEach((receiver, index) => {
      if (index === edit.author) return;
      // A document that already shows it (a relay quicker than this call) is not waited for.
      if (shows(this.docs[index]!, edit)) return this.shown(tracked);
      if (edit.deleted.length > 0) {
        receiver.deletions.add(tracked);
        return;
      }
      const queue = receiver.byClient.get(edit.clientID) ?? [];
      queue.push(tracked);
      receiver.byClient.set(edit.clientID, queue);
    });
  }

  /** Edits that some other document does not show yet. */
  get pending(): number {
    return this.outstanding.size;
  }

  /** Calls `listener` each time an edit becomes shown everywhere; returns the unsubscribe. */
  onComplete(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.listeners.clear();
  }

  private check(index: number, receiver: Receiver, transaction: Y.Transaction): void {
    const doc = this.docs[index]!;
    for (const [client, after] of transaction.afterState) {
      if (after === (transaction.beforeState.get(client) ?? 0)) continue;
      const queue = receiver.byClient.get(client);
      // One author's edits have rising clocks, so the queue is served from its head.
      while (queue && queue.length > 0 && queue[0]!.edit.clockEnd <= after) this.shown(queue.shift()!);
    }
    // A deletion can land with any transaction, also one that brings the items it deleted.
    for (const tracked of receiver.deletions) {
      if (!deletedIn(doc, tracked.edit.deleted)) continue;
      receiver.deletions.delete(tracked);
      this.shown(tracked);
    }
  }

  private shown(tracked: Tracked): void {
    tracked.waiting -= 1;
    if (tracked.waiting > 0) return;
    this.latencies.push(this.now() - tracked.madeAt);
    this.outstanding.delete(tracked);
    for (const listener of this.listeners) listener();
  }
}
