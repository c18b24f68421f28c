import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { defaultScheme, emptyCoding } from '../logics';
import { emptyMatrix } from '../logics/matrix';
import { emptyAnalysis } from '../qca/analysis-file';
import { analysisBinding } from './analysis';
import type { Binding } from './json-doc';
import { applyGuardedUpdate, readJson, writeJson } from './json-doc';
import { codingBinding, matrixBinding } from './logics';

/** Two replicas of one document kind that have exchanged everything. */
function pair<T extends object>(binding: Binding<T> & { shape: NonNullable<Binding['shape']> }, start: T) {
  const a = new Y.Doc();
  writeJson(a.getMap(binding.root), start as never, binding.shape);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const read = (doc: Y.Doc): T => {
    const checked = binding.check(readJson(doc.getMap(binding.root), binding.shape));
    if (!checked.ok) throw checked.error;
    return checked.value;
  };
  const write = (doc: Y.Doc, value: T) => writeJson(doc.getMap(binding.root), value as never, binding.shape);
  /** Each side takes what the other has, checked as it would arrive from a provider. */
  const exchange = () => {
    const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
    const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
    expect(applyGuardedUpdate(b, toB, [binding])).toMatchObject({ ok: true });
    expect(applyGuardedUpdate(a, toA, [binding])).toMatchObject({ ok: true });
  };
  return { a, b, read, write, exchange };
}

describe('codings, matrices and analyses as shared documents', () => {
  it('keeps the segments two coders add at once, and both coders\' words in one excerpt', () => {
    const start = { ...emptyCoding(defaultScheme), respondents: [{ id: 'r1', label: 'Principal, site A', groups: {} }] };
    const code = defaultScheme.logics[0]!.codes[0]!.id;
    const segment = { id: 's1', respondent: 'r1', code, pole: 'high' as const, excerpt: 'We share the data with families.', coder: 'ana', source: 'p. 3' };
    const { a, b, read, write, exchange } = pair(codingBinding, { ...start, segments: [segment] });
    write(a, { ...start, segments: [{ ...segment, excerpt: 'Every month, we share the data with families.' }, { ...segment, id: 's2', coder: 'ana' }] });
    write(b, { ...start, segments: [{ ...segment, excerpt: 'We share the data with families and students.' }, { ...segment, id: 's3', coder: 'ben' }] });
    exchange();
    expect(read(a)).toEqual(read(b));
    expect(read(a).segments.map((item) => item.id).sort()).toEqual(['s1', 's2', 's3']);
    expect(read(a).segments.find((item) => item.id === 's1')!.excerpt).toBe('Every month, we share the data with families and students.');
  });

  it('keeps the cells two people score at once in one network', () => {
    const matrix = emptyMatrix();
    const [first, second] = matrix.scheme.dimensions;
    const aspect = matrix.scheme.aspects[0]!.id;
    const start = { ...matrix, networks: [{ id: 'n1', name: 'Network one', groups: {}, cells: {} }] };
    const { a, b, read, write, exchange } = pair(matrixBinding, start);
    write(a, { ...start, networks: [{ ...start.networks[0]!, cells: { [first!.id]: { [aspect]: { strength: 2 as const, evidence: ['Interview 4'] } } } }] });
    write(b, { ...start, networks: [{ ...start.networks[0]!, cells: { [second!.id]: { [aspect]: { strength: 3 as const, evidence: [] } } } }] });
    exchange();
    expect(read(a)).toEqual(read(b));
    expect(Object.keys(read(a).networks[0]!.cells).sort()).toEqual([first!.id, second!.id].sort());
  });

  it('keeps an analysis renamed by one person while another sets its cut-off, and refuses a cut-off past 1', () => {
    const start = emptyAnalysis('Reading');
    const { a, b, read, write, exchange } = pair(analysisBinding, start);
    write(a, { ...start, name: 'Reading, year two' });
    write(b, { ...start, inclCut: 0.85 });
    exchange();
    expect(read(b)).toMatchObject({ name: 'Reading, year two', inclCut: 0.85 });
    const before = Y.encodeStateVector(b);
    a.getMap('analysis').set('inclCut', 1.5);
    expect(applyGuardedUpdate(b, Y.encodeStateAsUpdate(a, before), [analysisBinding])).toMatchObject({ ok: false, error: { code: 'qca/shared', issues: [expect.objectContaining({ path: ['inclCut'] })] } });
    expect(read(b).inclCut).toBe(0.85);
  });
});
