import { describe, expect, it } from 'vitest';
import { caretAfter, caretNow, restoreCaret } from './caret';

describe('the caret of a field someone else changes', () => {
  it('moves by what changed before it, stays before what changed after it, and goes to the end of a change around it', () => {
    expect(caretAfter(3, 'abcdef', 'abcdefXY')).toBe(3);
    expect(caretAfter(3, 'abcdef', 'XYabcdef')).toBe(5);
    expect(caretAfter(3, 'abcdef', 'abXYZf')).toBe(5);
    expect(caretAfter(0, '', 'new')).toBe(0);
  });

  it('is taken from the focused text field and put back in its place in the words once the field shows the change', () => {
    const field = document.createElement('textarea');
    document.body.append(field);
    field.value = 'Every student';
    field.focus();
    field.setSelectionRange(5, 5);
    // A controlled field given a new value puts the caret at the end.
    for (const next of ['Every student, always', 'For Every student, always']) {
      const caret = caretNow();
      field.value = next;
      restoreCaret(caret);
    }
    expect([field.selectionStart, field.selectionEnd]).toEqual([9, 9]);
    field.blur();
    expect(caretNow()).toBeNull();
    field.remove();
  });
});
