/** Where a caret at `at` in `before` stands in `after`: moved by what changed before it, at the end of a change around it. */
export function caretAfter(at: number, before: string, after: string): number {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  if (at <= start) return at;
  if (at >= before.length - end) return at + after.length - before.length;
  return after.length - end;
}

/** The field being typed in, its words and its selection, as they were before the page took in a change. */
export interface Caret {
  field: HTMLInputElement | HTMLTextAreaElement;
  value: string;
  start: number;
  end: number;
}

/** The focused text field's caret, or null. */
export function caretNow(): Caret | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLTextAreaElement || (field instanceof HTMLInputElement && ['text', 'search', 'url', ''].includes(field.type)))) return null;
  if (field.selectionStart === null || field.selectionEnd === null) return null;
  return { field, value: field.value, start: field.selectionStart, end: field.selectionEnd };
}

/**
 * Puts the caret back where it stood in the words around it, once the field shows a teammate's
 * change (a controlled field given a new value puts it at the end, and what the person types next
 * would land there).
 */
export function restoreCaret(caret: Caret | null): void {
  if (!caret || document.activeElement !== caret.field || caret.field.value === caret.value) return;
  const after = caret.field.value;
  caret.field.setSelectionRange(caretAfter(caret.start, caret.value, after), caretAfter(caret.end, caret.value, after));
}
