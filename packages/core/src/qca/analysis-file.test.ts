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

  it('round-trips an analysis exactly', () => {
    expect(importAnalysis(exportAnalysis(analysis))).toEqual({ ok: true, value: analysis });
  });

  it('keeps directional expectations, direct assignments and the all-solutions choice, and names expectations for unknown variables', () => {
    const withChoices = {
      ...analysis,
      calibrations: { GDP: { mode: 'assign' as const, thresholds: [800, 1000], memberships: [0, 0.4, 1.5] } },
      directional: { GDP: 'present' as const },
      allSolutions: true,
    };
    expect(importAnalysis(exportAnalysis(withChoices))).toEqual({ ok: true, value: withChoices });
    const unknown = importAnalysis(exportAnalysis({ ...withChoices, directional: { LIT: 'absent' as const } }));
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.issues).toContainEqual({ path: ['directional', 'LIT'], message: 'the data have no variable "LIT"' });
  });

  it('names what is wrong and where, and refuses newer files', () => {
    const broken = JSON.parse(exportAnalysis(analysis));
    broken.outcome = 'SURVIVAL';
    broken.calibrations.GDP.anchors.c = 'high';
    const shape = importAnalysis(JSON.stringify(broken));
    expect(!shape.ok && shape.error.issues.map((issue) => issue.path.join('.'))).toEqual(['calibrations.GDP.anchors.c']);
    broken.calibrations.GDP.anchors.c = 850;
    const links = importAnalysis(JSON.stringify(broken));
    expect(!links.ok && links.error.issues).toEqual([{ path: ['outcome'], message: 'the data have no variable "SURVIVAL"' }]);
    const newer = importAnalysis(JSON.stringify({ ...broken, schemaVersion: 9 }));
    expect(!newer.ok && newer.error.code).toBe('qca/analysis-file');
  });
});
