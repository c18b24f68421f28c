/** Where a text stops being JSON: a line and column (from 1), or `'end'` when it stops before what it opened is closed. */
export type JsonBreak = { line: number; column: number } | 'end';

const END_OF_TEXT = /end of (JSON )?(input|data)|EOF/i;

/** The offset an engine's `JSON.parse` message names, if it names one (V8: "position 7"; SpiderMonkey: "line 1 column 8"). */
function offsetNamed(message: string, text: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line += 1) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  return END_OF_TEXT.test(message) ? text.length : undefined;
}

/** Whether `prefix` could still be the start of a JSON text: it parses, or fails only for want of more. */
function couldContinue(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const offset = offsetNamed((error as Error).message, prefix);
    return offset !== undefined && offset >= prefix.length;
  }
}

/**
 * Where `text`, which `JSON.parse` refused, goes wrong. Engines word (and sometimes leave out) the
 * place differently, and their words are English, so the place is found by the text alone: the
 * longest prefix that could still grow into JSON ends where the fault is (a binary search, since
 * a prefix that cannot continue never can again).
 */
export function whereJsonBreaks(text: string): JsonBreak {
  if (couldContinue(text)) return 'end';
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (couldContinue(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  const before = text.slice(0, good);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: good - lineStart + 1 };
}
