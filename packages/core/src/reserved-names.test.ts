import { describe, expect, it } from 'vitest';
import { reservedKeyIssues } from './reserved-names';

describe('reserved keys', () => {
  it('finds every reserved key with its path, in the order of the document', () => {
    const document = JSON.parse('{"a": [{"constructor": 1}, {"b": {"__proto__": {"prototype": 2}}}], "prototype": 3}');
    expect(reservedKeyIssues(document).map((issue) => issue.path)).toEqual([['a', 0, 'constructor'], ['a', 1, 'b', '__proto__'], ['prototype']]);
  });

  it('walks a document nested far deeper than the call stack goes', () => {
    const depth = 200_000;
    const text = `${'['.repeat(depth)}{"__proto__": 1}${']'.repeat(depth)}`;
    const issues = reservedKeyIssues(JSON.parse(text));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toHaveLength(depth + 1);
  });
});
