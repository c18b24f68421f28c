import * as Y from 'yjs';
import type { Result } from '../errors';
import { WayfinderError } from '../errors';

/**
 * How a document's JSON lies in a Y.Doc, read from its zod schema: an object is a `Y.Map`, and so
 * is a record of any keys (`z.record`), an array a `Y.Array`, a free-text string (a plain
 * `z.string()`, with no check or format, or one with a default) a `Y.Text`, so two people typing in
 * one answer both keep their words. Everything else (ids, days, choices, numbers, unions, optional
 * parts, parts with checks of their own) is kept whole, the last write winning.
 */
export type Shape =
  | { kind: 'map'; fields: Readonly<Record<string, Shape>> }
  | { kind: 'record'; value: Shape }
  | { kind: 'list'; item: Shape }
  | { kind: 'text' }
  | { kind: 'value' };

/** The part of a zod (mini or classic) schema this module reads. */
interface SchemaLike {
  _zod: { def: { type: string; shape?: Record<string, SchemaLike>; element?: SchemaLike; valueType?: SchemaLike; innerType?: SchemaLike; checks?: unknown[]; format?: string } };
}

/** The shape of a zod schema's values. */
export function shapeOf(schema: SchemaLike): Shape {
  const def = schema._zod.def;
  // A part with rules of its own (a list of at least one, a refined record) is kept whole: merging
  // two edits that each keep the rule could break it (two people each deleting one of two items).
  if ((def.checks?.length ?? 0) > 0) return { kind: 'value' };
  if (def.type === 'object' && def.shape) return { kind: 'map', fields: Object.fromEntries(Object.entries(def.shape).map(([key, field]) => [key, shapeOf(field)])) };
  if (def.type === 'array' && def.element) return { kind: 'list', item: shapeOf(def.element) };
  if (def.type === 'record' && def.valueType) return { kind: 'record', value: shapeOf(def.valueType) };
  // A part with a default is always there once read, so it lies as the part itself does.
  if (def.type === 'default' && def.innerType) return shapeOf(def.innerType);
  if (def.type === 'string' && !def.format) return { kind: 'text' };
  return { kind: 'value' };
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

type MapShape = Extract<Shape, { kind: 'map' | 'record' }>;
/** The shape of a record's field: its own in an object, the one of every value in a record of any keys. */
const fieldShape = (shape: MapShape, key: string): Shape => (shape.kind === 'record' ? shape.value : (Object.hasOwn(shape.fields, key) ? shape.fields[key]! : { kind: 'value' }));

/** The Y value that holds `value` of `shape`: a new shared type, or the value itself. */
function toShared(value: Json, shape: Shape): unknown {
  if ((shape.kind === 'map' || shape.kind === 'record') && isObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [key, field] of Object.entries(value)) if (field !== undefined) map.set(key, toShared(field, fieldShape(shape, key)));
    return map;
  }
  if (shape.kind === 'list' && Array.isArray(value)) {
    const list = new Y.Array<unknown>();
    list.insert(0, value.map((item: Json) => toShared(item, shape.item)));
    return list;
  }
  if (shape.kind === 'text' && typeof value === 'string') return new Y.Text(value.replace(LONE_SURROGATE, '\uFFFD'));
  return value;
}

/** Whether the Y value `current` is of the kind `shape` and `value` ask for, so it can be updated in place. */
function fits(current: unknown, value: Json, shape: Shape): boolean {
  if ((shape.kind === 'map' || shape.kind === 'record') && isObject(value)) return current instanceof Y.Map;
  if (shape.kind === 'list' && Array.isArray(value)) return current instanceof Y.Array;
  if (shape.kind === 'text' && typeof value === 'string') return current instanceof Y.Text;
  return !(current instanceof Y.AbstractType);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Changes `text` into `next` by one deletion and one insertion between their common ends, so concurrent edits elsewhere in it stay. */
function updateText(text: Y.Text, wanted: string): void {
  // Yjs stores half a character as U+FFFD for everyone else: so it is stored here too.
  const next = wanted.replace(LONE_SURROGATE, '\uFFFD');
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start += 1;
  // Never split a character of two UTF-16 units (most emoji): Yjs would store half of it.
  if (start > 0 && isHighSurrogate(current.charCodeAt(start - 1))) start -= 1;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end += 1;
  if (end > 0 && isLowSurrogate(current.charCodeAt(current.length - end))) end -= 1;
  if (current.length - start - end > 0) text.delete(start, current.length - start - end);
  if (next.length - start - end > 0) text.insert(start, next.slice(start, next.length - end));
}

function updateMap(map: Y.Map<unknown>, value: JsonObject, shape: MapShape): void {
  for (const key of [...map.keys()]) if (!(key in value) || value[key] === undefined) map.delete(key);
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    update(map.get(key), field, fieldShape(shape, key), (replacement) => map.set(key, replacement));
  }
}

const idOf = (value: unknown): string | undefined => (isObject(value) && typeof value.id === 'string' ? value.id : undefined);
/** The id of a record as the document holds it: in a Y.Map (as a value or as text), or in a record kept whole. */
function sharedIdOf(value: unknown): string | undefined {
  if (value instanceof Y.Map) {
    const id = value.get('id');
    return typeof id === 'string' ? id : id instanceof Y.Text ? id.toString() : undefined;
  }
  return idOf(value);
}

/**
 * Lists of records with ids are matched by id: a record kept is updated where it is, one removed is
 * deleted, one added is inserted, so what others add or change meanwhile stays. Other lists are
 * matched by position.
 */
function updateList(list: Y.Array<unknown>, value: readonly Json[], shape: Extract<Shape, { kind: 'list' }>): void {
  const keyed = value.length > 0 && value.every((item) => idOf(item) !== undefined) && new Set(value.map(idOf)).size === value.length;
  if (keyed) {
    const wanted = new Set(value.map(idOf));
    // Records not wanted any more go, and so do later copies of one (two people moved it at once):
    // the copy kept is the one `readJson` shows.
    const kept = new Set<string>();
    for (let index = 0; index < list.length; ) {
      const id = sharedIdOf(list.get(index));
      if (id === undefined || !wanted.has(id) || kept.has(id)) list.delete(index, 1);
      else {
        kept.add(id);
        index += 1;
      }
    }
    value.forEach((item, index) => {
      const id = idOf(item)!;
      const current = index < list.length ? list.get(index) : undefined;
      if (sharedIdOf(current) === id) {
        update(current, item, shape.item, (replacement) => {
          list.delete(index, 1);
          list.insert(index, [replacement]);
        });
        return;
      }
      // Moved from further on, or new: a moved record is taken out there and put in here.
      for (let later = index + 1; later < list.length; later += 1) {
        if (sharedIdOf(list.get(later)) === id) {
          list.delete(later, 1);
          break;
        }
      }
      list.insert(index, [toShared(item, shape.item)]);
    });
    if (list.length > value.length) list.delete(value.length, list.length - value.length);
    return;
  }
  const common = Math.min(list.length, value.length);
  for (let index = 0; index < common; index += 1) {
    update(list.get(index), value[index]!, shape.item, (replacement) => {
      list.delete(index, 1);
      list.insert(index, [replacement]);
    });
  }
  if (list.length > value.length) list.delete(value.length, list.length - value.length);
  if (value.length > common) list.insert(common, value.slice(common).map((item) => toShared(item, shape.item)));
}

function update(current: unknown, value: Json, shape: Shape, replace: (replacement: unknown) => void): void {
  if (!fits(current, value, shape)) {
    replace(toShared(value, shape));
    return;
  }
  if (current instanceof Y.Map) updateMap(current, value as JsonObject, shape as MapShape);
  else if (current instanceof Y.Array) updateList(current, value as readonly Json[], shape as Extract<Shape, { kind: 'list' }>);
  else if (current instanceof Y.Text) updateText(current, value as string);
  else if (!sameJson(current, value)) replace(value);
}

/**
 * Makes the Y.Map `root` hold `value`, changing only what differs, in one transaction with
 * `origin` (what an undo manager tracks as this user's edits).
 */
export function writeJson(root: Y.Map<unknown>, value: JsonObject, shape: Shape, origin?: unknown): void {
  if (shape.kind !== 'map') throw new TypeError('A shared document is a record at its root.');
  const apply = () => updateMap(root, value, shape);
  if (root.doc) root.doc.transact(apply, origin);
  else apply();
}

/**
 * The JSON a Y.Map holds. With its `shape`, a record that two people moved at once (and so is in a
 * list twice) is read once, where it first appears; the next write leaves the list that way.
 */
export function readJson(root: Y.Map<unknown>, shape?: Shape): Record<string, unknown> {
  const json = root.toJSON() as Record<string, unknown>;
  return shape ? (withoutRepeatedRecords(json, shape) as Record<string, unknown>) : json;
}

function withoutRepeatedRecords(value: unknown, shape: Shape): unknown {
  if ((shape.kind === 'map' || shape.kind === 'record') && isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, withoutRepeatedRecords(field, fieldShape(shape, key))]));
  if (shape.kind === 'list' && Array.isArray(value)) {
    const seen = new Set<string>();
    return value
      .filter((item: unknown) => {
        const id = idOf(item);
        if (id === undefined) return true;
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      })
      .map((item: unknown) => withoutRepeatedRecords(item, shape.item));
  }
  return value;
}

/** Where a document lies in a Y.Doc and how its JSON is checked: `journeyBinding`, say. */
export interface Binding<T = unknown> {
  /** The name of the Y.Map at the root of the Y.Doc. */
  root: string;
  shape?: Shape;
  check: (json: unknown) => Result<T>;
}

const isEmpty = (map: Y.Map<unknown>) => map.size === 0;

/**
 * Tries `update` on a copy of `doc`: each root's value, or why it must be refused: it cannot be read
 * as an update (code `shared/update`), it builds on changes this copy has not got (`shared/pending`:
 * a change refused before, or not yet received; applied, its deletions would land without its
 * insertions), or a root no longer passes its check. With `skipEmpty`, a root empty before and
 * after is not checked: it holds no document yet. The copy costs a pass over the document per update.
 */
function tryUpdate(doc: Y.Doc, update: Uint8Array, bindings: readonly Binding[], skipEmpty: boolean): Result<unknown[]> {
  const trial = new Y.Doc();
  try {
    try {
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(doc));
      Y.applyUpdate(trial, update);
    } catch (error) {
      return { ok: false, error: new WayfinderError('shared/update', `The update cannot be read: ${error instanceof Error ? error.message : String(error)}.`) };
    }
    if (trial.store.pendingStructs !== null || trial.store.pendingDs !== null) {
      return { ok: false, error: new WayfinderError('shared/pending', 'The update builds on changes this copy does not have.') };
    }
    const values: unknown[] = [];
    for (const binding of bindings) {
      const after = trial.getMap(binding.root);
      if (skipEmpty && isEmpty(after) && isEmpty(doc.getMap(binding.root))) {
        values.push(undefined);
        continue;
      }
      const checked = binding.check(readJson(after, binding.shape));
      if (!checked.ok) return checked;
      values.push(checked.value);
    }
    return { ok: true, value: values };
  } finally {
    trial.destroy();
  }
}

/**
 * Applies an update that came from elsewhere only if the document stays valid: it is tried on a
 * copy first, and refused (the document untouched) when the copy no longer passes `check`, when it
 * cannot be read as an update at all (code `shared/update`), or when it builds on changes this copy
 * has not got (`shared/pending`).
 */
export function applyCheckedUpdate<T>(doc: Y.Doc, name: string, update: Uint8Array, check: (json: unknown) => Result<T>, origin?: unknown, shape?: Shape): Result<T> {
  const tried = tryUpdate(doc, update, [{ root: name, check, ...(shape ? { shape } : {}) }], false);
  if (!tried.ok) return tried;
  Y.applyUpdate(doc, update, origin);
  return { ok: true, value: tried.value[0] as T };
}

/**
 * Applies an update from elsewhere only if every root in `bindings` still reads: tried on a copy
 * first, the document left untouched when it is refused. A root empty before and after is not
 * checked (it holds no document yet).
 */
export function applyGuardedUpdate(doc: Y.Doc, update: Uint8Array, bindings: readonly Binding[], origin?: unknown): Result<void> {
  const tried = tryUpdate(doc, update, bindings, true);
  if (!tried.ok) return tried;
  Y.applyUpdate(doc, update, origin);
  return { ok: true, value: undefined };
}

/**
 * Why `update` would make a root of `bindings` unreadable, or cannot be read at all (`shared/update`),
 * without applying it: what a server checks before it takes an update in. An update that builds on
 * changes not here yet (`shared/pending`) is not refused: a server takes updates in any order.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, bindings: readonly Binding[]): Result<void> {
  const tried = tryUpdate(doc, update, bindings, true);
  if (!tried.ok && tried.error instanceof WayfinderError && tried.error.code !== 'shared/pending') return tried;
  return { ok: true, value: undefined };
}

export interface GuardedCopy {
  /** The Y.Doc to give the provider (Hocuspocus, y-websocket, the host's own): it holds whatever arrives. */
  wire: Y.Doc;
  /** Why what arrived is kept out of the document now, or null once everything arrived reads. */
  readonly refusal: Error | null;
  /** Stops copying between the two; neither is destroyed. */
  destroy: () => void;
}

/**
 * Puts a checked copy between a document and a provider that applies what it receives without
 * asking: the provider works on `wire`, and only what keeps every root of `bindings` readable
 * reaches `doc`. Edits made to `doc` go to `wire` as they are made. When something arriving is
 * refused, the document stays at its last readable state and `onRefused` says why; each later
 * arrival is tried again with all that `doc` lacks, so once someone sets the document right,
 * everything comes through.
 */
export function guardedCopy(doc: Y.Doc, bindings: readonly Binding[], options: { onRefused?: (error: Error) => void; onAccepted?: () => void } = {}): GuardedCopy {
  const wire = new Y.Doc({ gc: doc.gc });
  const fromWire = { guardedCopy: 'wire' };
  const fromDoc = { guardedCopy: 'doc' };
  let refusal: Error | null = null;
  const toWire = (update: Uint8Array, origin: unknown) => {
    if (origin !== fromWire) Y.applyUpdate(wire, update, fromDoc);
  };
  const fromWireToDoc = (_update: Uint8Array, origin: unknown) => {
    if (origin === fromDoc) return;
    const missing = Y.encodeStateAsUpdate(wire, Y.encodeStateVector(doc));
    const applied = applyGuardedUpdate(doc, missing, bindings, fromWire);
    if (applied.ok) {
      if (refusal) options.onAccepted?.();
      refusal = null;
    } else if (!(applied.error instanceof WayfinderError && applied.error.code === 'shared/pending')) {
      // Building on what has not arrived yet is no refusal: the next arrival brings it, and this is tried again.
      refusal = applied.error;
      options.onRefused?.(applied.error);
    }
  };
  Y.applyUpdate(wire, Y.encodeStateAsUpdate(doc), fromDoc);
  doc.on('update', toWire);
  wire.on('update', fromWireToDoc);
  return {
    wire,
    get refusal() {
      return refusal;
    },
    destroy: () => {
      doc.off('update', toWire);
      wire.off('update', fromWireToDoc);
    },
  };
}
