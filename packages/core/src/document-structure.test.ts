import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, structureIssues } from './document-structure';

describe('document structure', () => {
  it('finds every reserved key with its path, in the order of the document', () => {
    const document = JSON.parse('{"a": [{"constructor": 1}, {"b": {"__proto__": {"prototype": 2}}}], "prototype": 3}');
    expect(structureIssues(document).map((issue) => issue.path)).toEqual([['a', 0, 'constructor'], ['a', 1, 'b', '__proto__'], ['prototype']]);
  });

  it('reports nesting deeper than any document goes, once, at the first place it happens, without overflowing the stack', () => {
    const depth = 200_000;
    const text = `{"notes": ${'['.repeat(depth)}{"__proto__": 1}${']'.repeat(depth)}}`;
    const issues = structureIssues(JSON.parse(text));
    expect(issues).toMatchObject([{ path: ['notes', ...Array.from({ length: MAX_DEPTH - 1 }, () => 0)], message: `nested more than ${MAX_DEPTH} levels deep` }]);
  });
});
