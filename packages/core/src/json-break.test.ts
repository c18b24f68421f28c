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
  });

  it('says a text that stops early ends before it is closed', () => {
    for (const text of ['', '{"a": 1', '["abc', '{"a": tr', '  ', '-', '1.']) expect(whereJsonBreaks(text)).toBe('end');
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
        if (!parses) expect(whereJsonBreaks(prefix)).toBe('end');
        const broken = `${json}\n${junk}`;
        expect(whereJsonBreaks(broken)).toEqual({ line: json.split('\n').length + 1, column: 1 });
      }),
    );
  });
});
