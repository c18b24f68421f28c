/**
 * Where a text stops being JSON: a line and column (from 1) of the first character that cannot
 * belong to it, `'end'` when it stops before what it opened is closed, or `'empty'` when it holds
 * nothing but white space.
 */
export type JsonBreak = { line: number; column: number } | 'end' | 'empty';

type Scan = number | 'end' | { bad: number };

const isWhite = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

function skipWhite(text: string, at: number): number {
  while (at < text.length && isWhite(text.charCodeAt(at))) at += 1;
  return at;
}

/** A string from its opening quote: the index after its closing quote. */
function scanString(text: string, at: number): Scan {
  for (let k = at + 1; k < text.length; k += 1) {
    const code = text.charCodeAt(k);
    if (code === 0x22) return k + 1;
    if (code < 0x20) return { bad: k };
    if (code !== 0x5c) continue;
    k += 1;
    if (k >= text.length) return 'end';
    const escape = text[k]!;
    if (escape === 'u') {
      for (let h = 1; h <= 4; h += 1) {
        if (k + h >= text.length) return 'end';
        if (!/[0-9a-fA-F]/.test(text[k + h]!)) return { bad: k + h };
      }
      k += 4;
    } else if (!'"\\/bfnrt'.includes(escape)) return { bad: k };
  }
  return 'end';
}

/** A number, by JSON's grammar: the index after it. */
function scanNumber(text: string, at: number): Scan {
  let k = at;
  const digits = (): Scan => {
    if (k >= text.length) return 'end';
    if (!isDigit(text.charCodeAt(k))) return { bad: k };
    while (k < text.length && isDigit(text.charCodeAt(k))) k += 1;
    return k;
  };
  if (text[k] === '-') k += 1;
  if (k >= text.length) return 'end';
  if (text[k] === '0') k += 1;
  else {
    const whole = digits();
    if (typeof whole !== 'number') return whole;
  }
  if (text[k] === '.') {
    k += 1;
    const fraction = digits();
    if (typeof fraction !== 'number') return fraction;
  }
  if (text[k] === 'e' || text[k] === 'E') {
    k += 1;
    if (text[k] === '+' || text[k] === '-') k += 1;
    const exponent = digits();
    if (typeof exponent !== 'number') return exponent;
  }
  return k;
}

function scanWord(text: string, at: number, word: string): Scan {
  for (let k = 0; k < word.length; k += 1) {
    if (at + k >= text.length) return 'end';
    if (text[at + k] !== word[k]) return { bad: at + k };
  }
  return at + word.length;
}

/** The first offset where `text` cannot be JSON, `'end'` if it is JSON cut short, or null if it is JSON. */
function firstBreak(text: string): number | 'end' | null {
  const stack: ('object' | 'array')[] = [];
  // What may come next; after a value, a comma or a close inside a container, else nothing.
  let expect = 'value' as 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'done';
  let at = 0;
  for (;;) {
    at = skipWhite(text, at);
    if (at >= text.length) return expect === 'done' ? null : 'end';
    const character = text[at]!;
    if (expect === 'done') return at;
    if (expect === 'colon') {
      if (character !== ':') return at;
      at += 1;
      expect = 'value';
      continue;
    }
    if (expect === 'comma-or-close') {
      const container = stack[stack.length - 1];
      if (character === ',') {
        at += 1;
        expect = container === 'object' ? 'key' : 'value';
      } else if ((character === ']' && container === 'array') || (character === '}' && container === 'object')) {
        at += 1;
        stack.pop();
        expect = stack.length === 0 ? 'done' : 'comma-or-close';
      } else return at;
      continue;
    }
    if ((expect === 'value-or-close' && character === ']') || (expect === 'key-or-close' && character === '}')) {
      at += 1;
      stack.pop();
      expect = stack.length === 0 ? 'done' : 'comma-or-close';
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (character !== '"') return at;
      const key = scanString(text, at);
      if (typeof key !== 'number') return key === 'end' ? 'end' : key.bad;
      at = key;
      expect = 'colon';
      continue;
    }
    // A value.
    let scanned: Scan;
    if (character === '{' || character === '[') {
      stack.push(character === '{' ? 'object' : 'array');
      at += 1;
      expect = character === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    if (character === '"') scanned = scanString(text, at);
    else if (character === '-' || isDigit(character.charCodeAt(0))) scanned = scanNumber(text, at);
    else if (character === 't') scanned = scanWord(text, at, 'true');
    else if (character === 'f') scanned = scanWord(text, at, 'false');
    else if (character === 'n') scanned = scanWord(text, at, 'null');
    else return at;
    if (typeof scanned !== 'number') return scanned === 'end' ? 'end' : scanned.bad;
    at = scanned;
    expect = stack.length === 0 ? 'done' : 'comma-or-close';
  }
}

/**
 * Where `text`, which `JSON.parse` refused, goes wrong: found by reading the text with JSON's
 * grammar (engines word the place differently, some not at all, and always in English).
 */
export function whereJsonBreaks(text: string): JsonBreak {
  if (skipWhite(text, 0) >= text.length) return 'empty';
  const at = firstBreak(text);
  if (at === null || at === 'end') return 'end';
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}
