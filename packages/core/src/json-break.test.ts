import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whereJsonBreaks } from './json-break';

describe('whereJsonBreaks', () => {
  it('names the line and column of the first character that cannot be JSON', () => {
    expect(whereJsonBreaks('{"a": }')).toEqual({ line: 1, column: 7 });
    expect(whereJsonBreaks('{\n  "a": 1,\n  b: 2\n}')).toEqual({ line: 3, column: 3 });
    expect(whereJsonBreaks('[1,]')).toEqual({ line: 1, column: 4 });
    expect(whereJsonBreaks('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    expect(whereJsonBreaks('Name,Value\nx,1')).toEqual({ line: 1, column: 1 });
    // Whatever the engine quotes of the text (here "Geoff", which holds "eof") plays no part.
    expect(whereJsonBreaks('["Geoffrey", x, 1]')).toEqual({ line: 1, column: 14 });
    expect(whereJsonBreaks('{"note": "at position 3"} 7')).toEqual({ line: 1, column: 27 });
  });

  it('says a text that stops early ends before it is closed', () => {
    for (const text of ['{"a": 1', '["abc', '{"a": tr', '-', '1.', '"\\u00']) expect(whereJsonBreaks(text)).toBe('end');
    for (const text of ['', '  \n ']) expect(whereJsonBreaks(text)).toBe('empty');
  });

  it('finds every prefix of JSON unfinished, and junk after JSON right after its end', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('x', '}', ']', ',', '"'), (json, cut, junk) => {
        const prefix = json.slice(0, cut % (json.length + 1));
        let parses = true;
        try {
          JSON.parse(prefix);
        } catch {
          parses = false;
        }
        if (!parses) expect(whereJsonBreaks(prefix)).toBe(prefix.trim() === '' ? 'empty' : 'end');
        const broken = `${json}\n${junk}`;
        expect(whereJsonBreaks(broken)).toEqual({ line: json.split('\n').length + 1, column: 1 });
      }),
    );
  });

  it('reads a text as JSON exactly when JSON.parse does', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"\\n"', '"\\x"', '1', '-0', '01', '1.5', '1e3', '1.', 'true', 'nul', ' ', '\n', 'x');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const found = whereJsonBreaks(text);
        if (parses) expect(found).toBe('end');
        else if (typeof found === 'object') {
          // Everything before the break could still have grown into JSON.
          const before = text.split('\n').slice(0, found.line - 1).join('\n').length + (found.line > 1 ? 1 : 0) + found.column - 1;
          expect(whereJsonBreaks(text.slice(0, before))).not.toEqual(expect.objectContaining({ line: expect.any(Number) }));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
