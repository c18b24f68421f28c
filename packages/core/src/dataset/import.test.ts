import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCaseIdChoice, defaultCaseIdColumn, importDatasetCsv, importDatasetJson } from './import';

describe('importDatasetCsv', () => {
  it('reads ids, infers scales, keeps missing values explicit', () => {
    const result = importDatasetCsv('case,DEV,SURV\nAU,720,0.05\nBE,NA,0.95\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.variables).toEqual([
      { name: 'DEV', scale: 'raw' },
      { name: 'SURV', scale: 'membership' },
    ]);
    expect(result.value.cases[1]).toEqual({ id: 'BE', values: { DEV: null, SURV: 0.95 } });
  });

  it('lists every bad cell with its row and column, and imports nothing', () => {
    const result = importDatasetCsv('case,DEV,SURV\nAU,high,0.05\nBE,700\nAU,650,0.5\n', { scales: { SURV: 'membership' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => `${issue.path.join(' / ')}: ${issue.message}`)).toEqual([
      'row 2 / DEV: "high" is not a number',
      'row 3: has 2 cells for 3 columns',
    ]);
  });

  it('reads a file of one column, which has no delimiter to detect', () => {
    const result = importDatasetCsv('SURV\n0.2\n0.9\n');
    expect(result.ok && result.value).toEqual({ variables: [{ name: 'SURV', scale: 'membership' }], cases: [{ id: '1', values: { SURV: 0.2 } }, { id: '2', values: { SURV: 0.9 } }] });
  });

  it('names problems by spreadsheet row and column, and refuses a file of a header alone', () => {
    const badName = importDatasetCsv('case,2nd,Y\nA,1,0\n');
    expect(!badName.ok && badName.error.issues).toEqual([{ path: ['row 1', '2nd'], message: 'must start with a letter and hold only letters, digits, "_" or "."', key: 'issue.variableName', values: {} }]);
    const twice = importDatasetCsv('case,A,Y\nA,1,0\nA,0,1\n');
    expect(!twice.ok && twice.error.issues).toEqual([{ path: ['row 3', 'case'], message: 'duplicate case id "A" (first on row 2)', key: 'issue.duplicateCaseRow', values: { id: 'A', row: 2 } }]);
    const empty = importDatasetCsv('case,A,Y\n');
    // Said with a key of the readers' catalogue too, for an interface in another language.
    expect(!empty.ok && empty.error.issues).toEqual([{ path: ['row 2'], message: 'the file has no cases after its header row', key: 'issue.noCases', values: {} }]);
    expect(!empty.ok && empty.error.said).toEqual({ key: 'issue.datasetProblems', values: { count: 1 } });
  });

  it('reports duplicate case ids after the cells are clean', () => {
    const result = importDatasetCsv('id,X\nA,1\nA,2\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/duplicate case id "A"/);
  });

  it('round-trips any table of numbers written by papaparse', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 30 }), (rows) => {
        const csv = Papa.unparse({ fields: ['case', 'RAW', 'LEVEL'], data: rows.map(([raw, level], index) => [`c${index}`, raw, level]) });
        const result = importDatasetCsv(csv, { scales: { RAW: 'raw', LEVEL: 'levels' } });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.cases.map((entry) => entry.values.RAW)).toEqual(rows.map(([raw]) => raw + 0)); // CSV has no −0
      }),
    );
  });
});

describe('CSV the parser cannot read', () => {
  it('names the row of a quote left open, with a key', () => {
    const read = importDatasetCsv('case,X\na,"0.5\nb,1');
    expect(!read.ok && read.error.issues.find((issue) => issue.key === 'issue.csvQuotes')).toMatchObject({ path: ['row 2'] });
  });
});

describe('case ids', () => {
  const districts = 'district,GDP,SURV\nNorth,1.2,1\nSouth,0.4,0\nEast,0.9,1';
  it('takes a first column of distinct names as the case ids, rather than refusing it as numbers', () => {
    expect(csvCaseIdChoice(districts)).toEqual({ columns: ['district', 'GDP', 'SURV'], suggested: 'district' });
    const read = importDatasetCsv(districts);
    expect(read.ok && read.value.cases.map((item) => item.id)).toEqual(['North', 'South', 'East']);
    expect(read.ok && read.value.variables.map((variable) => variable.name)).toEqual(['GDP', 'SURV']);
  });

  it('prefers a column named case or id, numbers the cases when none fits, and does as the user chose', () => {
    expect(defaultCaseIdColumn(['X', 'Id'], [['a', '1']])).toBe('Id');
    // R's write.csv leaves the row names' column without a name.
    const unnamed = importDatasetCsv('"","GDP"\n"North",1\n"South",2');
    expect(unnamed.ok && unnamed.value.cases.map((item) => item.id)).toEqual(['North', 'South']);
    expect(defaultCaseIdColumn(['X', 'Y'], [['1', '2'], ['3', '4']])).toBeNull();
    expect(defaultCaseIdColumn(['name', 'Y'], [['a', '2'], ['a', '4']])).toBeNull();
    const numbered = importDatasetCsv('district,GDP\nNorth,1\nSouth,2', { caseIdColumn: null });
    expect(!numbered.ok && numbered.error.issues.map((issue) => issue.path)).toEqual([['row 2', 'district'], ['row 3', 'district']]);
    const byGdp = importDatasetCsv('district,GDP\nNorth,1\nSouth,2', { caseIdColumn: 'GDP' });
    expect(!byGdp.ok && byGdp.error.issues[0]?.key).toBe('issue.notANumber');
  });
});

describe('importDatasetJson', () => {
  it('validates before returning, and reports broken JSON plainly', () => {
    expect(importDatasetJson('{"variables":[{"name":"X","scale":"membership"}],"cases":[{"id":"a","values":{"X":2}}]}')).toMatchObject({ ok: false });
    expect(importDatasetJson('{')).toMatchObject({ ok: false, error: { issues: [{ path: [], key: 'issue.notJsonEnd' }] } });
    expect(importDatasetJson('{"variables": [,]}')).toMatchObject({ ok: false, error: { issues: [{ path: [], key: 'issue.notJsonAt', values: { line: 1, column: 16 } }] } });
  });
});
