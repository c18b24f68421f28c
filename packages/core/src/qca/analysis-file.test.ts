import { describe, expect, it } from 'vitest';
import { emptyAnalysis, exportAnalysis, importAnalysis } from './analysis-file';

const dataset = {
  variables: [
    { name: 'GDP', scale: 'raw' as const },
    { name: 'SURV', scale: 'membership' as const },
  ],
  cases: [
    { id: 'AU', values: { GDP: 720, SURV: 0.05 } },
    { id: 'BE', values: { GDP: 1098, SURV: 0.95 } },
  ],
};

describe('analysis files', () => {
  const analysis = {
    ...emptyAnalysis('Lipset'),
    source: 'case,GDP,SURV\nAU,720,0.05\nBE,1098,0.95\n',
    dataset,
    outcome: 'SURV',
    calibrations: { GDP: { mode: 'direct' as const, anchors: { e: 550, c: 850, i: 1000 }, preset: 'qca' as const, shape: 'logistic' as const } },
    overrides: { '3': 'C' as const },
  };

  it('opens a schema-1 file, and keeps the parameters schema 2 adds', () => {
    const old = { ...JSON.parse(exportAnalysis(analysis)), schemaVersion: 1 };
    expect(importAnalysis(JSON.stringify(old))).toEqual({ ok: true, value: analysis });
    const tuned = { ...analysis, negateOutcome: true, excludedConditions: ['GDP'], inclCutLow: 0.7, nCut: 2, priCut: 0.51, includeContradictions: true, rowDominance: true };
    expect(importAnalysis(exportAnalysis(tuned))).toEqual({ ok: true, value: tuned });
    const wrong = importAnalysis(JSON.stringify({ ...JSON.parse(exportAnalysis(tuned)), excludedConditions: ['LIT'], inclCutLow: 0.95 }));
    expect(!wrong.ok && wrong.error.issues.map((issue) => issue.key)).toEqual(['issue.noDataVariable', 'issue.cutOrder']);
  });

  it('opens a schema-2 file, and keeps the remainders schema 3 leaves out', () => {
    const old = { ...JSON.parse(exportAnalysis(analysis)), schemaVersion: 2 };
    expect(importAnalysis(JSON.stringify(old))).toEqual({ ok: true, value: analysis });
    const esa = { ...analysis, excludedRemainders: [2, 7] };
    expect(importAnalysis(exportAnalysis(esa))).toEqual({ ok: true, value: esa });
    const wrong = importAnalysis(JSON.stringify({ ...JSON.parse(exportAnalysis(esa)), excludedRemainders: [0, 1.5] }));
    expect(!wrong.ok && wrong.error.issues.map((issue) => issue.path)).toEqual([
      ['excludedRemainders', 0],
      ['excludedRemainders', 1],
    ]);
  });

  it('round-trips an analysis exactly', () => {
    expect(importAnalysis(exportAnalysis(analysis))).toEqual({ ok: true, value: analysis });
    for (const caseIdColumn of ['district', null]) expect(importAnalysis(exportAnalysis({ ...analysis, caseIdColumn }))).toEqual({ ok: true, value: { ...analysis, caseIdColumn } });
  });

  it('keeps directional expectations, direct assignments and the all-solutions choice, and names expectations for unknown variables', () => {
    const withChoices = {
      ...analysis,
      calibrations: { GDP: { mode: 'assign' as const, thresholds: [800, 1000], memberships: [0, 0.4, 1.5] } },
      directional: { GDP: 'present' as const },
      allSolutions: true,
    };
    expect(importAnalysis(exportAnalysis(withChoices))).toEqual({ ok: true, value: withChoices });
    const unknownVariable = { ...withChoices, directional: { LIT: 'absent' as const } };
    const unknown = importAnalysis(JSON.stringify(unknownVariable));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.issues).toContainEqual(expect.objectContaining({ path: ['directional', 'LIT'], message: 'the data have no variable "LIT"' }));
    // What would not read back is not written either: the same problem, as a typed error.
    expect(() => exportAnalysis(unknownVariable)).toThrow(expect.objectContaining({ code: 'qca/analysis-file', issues: [expect.objectContaining({ path: ['directional', 'LIT'], message: 'the data have no variable "LIT"' })] }));
  });

  it('applies the dataset rules: unique ids and names, memberships in [0, 1], every value given', () => {
    const file = JSON.parse(exportAnalysis(analysis));
    file.dataset.variables.push({ name: 'GDP', scale: 'raw' });
    file.dataset.cases.push({ id: 'AU', values: { GDP: 900 } });
    file.dataset.cases[1].values.SURV = 42;
    const result = importAnalysis(JSON.stringify(file));
    expect(!result.ok && result.error.issues).toMatchObject([
      { path: ['dataset', 'variables', 2, 'name'], message: 'duplicate variable "GDP" (first at variables[0])' },
      { path: ['dataset', 'cases', 1, 'values', 'SURV'], message: 'membership 42 is outside [0, 1]' },
      { path: ['dataset', 'cases', 2, 'id'], message: 'duplicate case id "AU" (first at cases[0])' },
      { path: ['dataset', 'cases', 2, 'values', 'SURV'], message: 'no value; write null for a missing value' },
    ]);
  });

  it('refuses reserved names as keys and as variable names, and says "an analysis"', () => {
    const file = JSON.parse(exportAnalysis(analysis));
    file.overrides = JSON.parse('{"__proto__": "1"}');
    const result = importAnalysis(JSON.stringify(file));
    expect(!result.ok && result.error.issues).toMatchObject([{ path: ['overrides', '__proto__'], message: expect.stringContaining('reserved') }]);
    file.overrides = {};
    file.dataset.variables[0].name = 'constructor';
    const named = importAnalysis(JSON.stringify(file));
    expect(!named.ok && named.error.issues).toContainEqual(expect.objectContaining({ path: ['dataset', 'variables', 0, 'name'], message: '"__proto__", "constructor" and "prototype" are reserved names' }));
    const notObject = importAnalysis('[]');
    expect(!notObject.ok && notObject.error.summary).toBe('The file does not hold an analysis (expected a JSON object).');
  });

  it('names what is wrong and where, and refuses newer files', () => {
    const broken = JSON.parse(exportAnalysis(analysis));
    broken.outcome = 'SURVIVAL';
    broken.calibrations.GDP.anchors.c = 'high';
    const shape = importAnalysis(JSON.stringify(broken));
    expect(!shape.ok && shape.error.issues.map((issue) => issue.path.join('.'))).toEqual(['calibrations.GDP.anchors.c']);
    broken.calibrations.GDP.anchors.c = 850;
    const links = importAnalysis(JSON.stringify(broken));
    expect(!links.ok && links.error.issues).toMatchObject([{ path: ['outcome'], message: 'the data have no variable "SURVIVAL"' }]);
    const newer = importAnalysis(JSON.stringify({ ...broken, schemaVersion: 9 }));
    expect(!newer.ok && newer.error.code).toBe('qca/analysis-file');
  });
});
