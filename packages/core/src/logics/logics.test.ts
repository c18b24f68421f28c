import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Coding, Segment } from './index';
import { addRespondent, addSegment, codeScore, coderAgreement, cohensKappa, defaultScheme, emptyCoding, gridLogics, gridPoints, kappaStrength, LogicsError, logicRange, quadrantOf, removeSegment, scoreCoding, setPoleTotal, translateScheme } from './index';
import { addImportedSegments, exportCoding, exportSegmentsCsv, importCoding, importSegmentsCsv } from './import';
import { schemeEs } from './spanish';
import { cellOf, defaultMatrixScheme, emptyMatrix, summarizeMatrix, withCell } from './matrix';
import { exportMatrix, importMatrix } from './matrix-file';

/** Ratings of two raters from a contingency table: rows A's category, columns B's. */
function ratingsFrom(table: number[][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => row.forEach((count, j) => Array.from({ length: count }, () => (a.push(i), b.push(j)))));
  return [a, b];
}

const segment = (id: string, respondent: string, code: string, pole: 'low' | 'high', coder = 'ana'): Segment => ({ id, respondent, code, pole, excerpt: `${code} ${pole}`, coder, source: '' });

function coding(segments: Segment[], respondents = ['r1', 'r2', 'r3']): Coding {
  return { ...emptyCoding(defaultScheme), respondents: respondents.map((id) => ({ id, label: id.toUpperCase(), groups: {} })), segments };
}

describe("Cohen's kappa", () => {
  // 2×2 tables worked by hand: pₒ = diagonal / n; pₑ = Σ (row total / n)(column total / n).
  it.each([
    // pₒ = 35/50 = .70; A yes .50, B yes .60 → pₑ = .30 + .20 = .50; κ = .20/.50 = .40
    { table: [[20, 5], [10, 15]], observed: 0.7, expected: 0.5, kappa: 0.4 },
    // pₒ = .60; A yes .60, B yes .70 → pₑ = .42 + .12 = .54; κ = .06/.46
    { table: [[45, 15], [25, 15]], observed: 0.6, expected: 0.54, kappa: 0.06 / 0.46 },
    // pₒ = .60; A yes .60, B yes .30 → pₑ = .18 + .28 = .46; κ = .14/.54
    { table: [[25, 35], [5, 35]], observed: 0.6, expected: 0.46, kappa: 0.14 / 0.54 },
    // Three categories, n = 30: pₒ = 24/30; rows 12, 10, 8; columns 11, 12, 7 → pₑ = 308/900; κ = (720 − 308)/(900 − 308) = 103/148
    { table: [[10, 2, 0], [1, 8, 1], [0, 2, 6]], observed: 0.8, expected: 308 / 900, kappa: 103 / 148 },
  ])('matches the hand-worked table $table', ({ table, observed, expected, kappa }) => {
    const [a, b] = ratingsFrom(table);
    const result = cohensKappa(a, b, table.map((_, i) => i));
    expect(result.matrix).toEqual(table);
    expect(result.observed).toBeCloseTo(observed, 12);
    expect(result.expected).toBeCloseTo(expected, 12);
    expect(result.kappa).toBeCloseTo(kappa, 12);
  });

  it('is undefined without units and when both raters used one and the same category', () => {
    expect(cohensKappa([], []).kappa).toBeNull();
    const same = cohensKappa([1, 1, 1], [1, 1, 1]);
    expect(same.observed).toBe(1);
    expect(same.kappa).toBeNull();
  });

  it('refuses ratings of different lengths or outside the categories, with a typed error', () => {
    expect(() => cohensKappa([1, 2], [1])).toThrow(LogicsError);
    expect(() => cohensKappa([1, 2], [1, 3], [1, 2])).toThrow(/outside the categories/);
  });

  it('is symmetric, at most 1, and 1 exactly when two raters agree on every unit of two or more categories', () => {
    const ratings = fc.array(fc.tuple(fc.constantFrom(-1, 0, 1), fc.constantFrom(-1, 0, 1)), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(ratings, (pairs) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        const forward = cohensKappa(a, b, [-1, 0, 1]);
        const backward = cohensKappa(b, a, [-1, 0, 1]);
        if (forward.kappa === null) {
          expect(backward.kappa).toBeNull();
          return;
        }
        expect(backward.kappa).toBeCloseTo(forward.kappa, 12);
        expect(forward.kappa).toBeLessThanOrEqual(1 + 1e-12);
        expect(forward.kappa >= -1 - 1e-12).toBe(true);
        const identical = cohensKappa(a, a, [-1, 0, 1]);
        if (new Set(a).size > 1) expect(identical.kappa).toBeCloseTo(1, 12);
      }),
    );
  });

  it('reads kappa in Landis and Koch’s words', () => {
    expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaStrength)).toEqual(['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost-perfect']);
  });
});

describe('scores', () => {
  it('scores a code by which pole has more material, and a logic by the sum of its codes', () => {
    expect([codeScore({ low: 0, high: 0 }), codeScore({ low: 2, high: 2 }), codeScore({ low: 1, high: 3 }), codeScore({ low: 4, high: 1 })]).toEqual([0, 0, 1, -1]);
    const [r1, r2, r3] = scoreCoding(
      coding([
        segment('a', 'r1', 'quantification', 'high'),
        segment('b', 'r1', 'quantification', 'high'),
        segment('c', 'r1', 'quantification', 'low'),
        segment('d', 'r1', 'standardization', 'low'),
        segment('e', 'r1', 'justice', 'high'),
        segment('f', 'r1', 'equity', 'high'),
        segment('g', 'r2', 'equality', 'low'),
        segment('h', 'r2', 'equality', 'high'),
      ]),
    );
    expect(r1!.codes.quantification).toEqual({ low: 1, high: 2, score: 1 });
    expect(r1!.logics).toEqual({ performance: 0, 'racial-equity': 2 });
    expect(r2!.logics).toEqual({ performance: 0, 'racial-equity': 0 });
    expect([r1!.coded, r2!.coded, r3!.coded]).toEqual([true, true, false]);
  });

  it('adds entered counts to the segments of the same coder, and scores one coder alone on request', () => {
    const base = coding([segment('a', 'r1', 'justice', 'high', 'ana'), segment('b', 'r1', 'justice', 'low', 'ben')]);
    const withCounts = { ...base, counts: [{ respondent: 'r1', code: 'justice', coder: 'ana', low: 3, high: 0 }] };
    expect(scoreCoding(withCounts, { coder: 'ana' })[0]!.codes.justice).toEqual({ low: 3, high: 1, score: -1 });
    expect(scoreCoding(withCounts, { coder: 'ben' })[0]!.codes.justice).toEqual({ low: 1, high: 0, score: -1 });
    expect(scoreCoding(withCounts)[0]!.codes.justice).toEqual({ low: 4, high: 1, score: -1 });
  });

  const schemeShape = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 });
  it('keeps every logic score within −n..+n for n codes (any scheme, any material)', () => {
    fc.assert(
      fc.property(
        schemeShape.chain((sizes) =>
          fc.tuple(
            fc.constant(sizes),
            fc.array(fc.record({ respondent: fc.integer({ min: 0, max: 3 }), code: fc.nat(), pole: fc.constantFrom('low' as const, 'high' as const) }), { maxLength: 80 }),
          ),
        ),
        ([sizes, material]) => {
          const scheme = { logics: sizes.map((size, l) => ({ id: `L${l}`, label: `L${l}`, codes: Array.from({ length: size }, (_, c) => ({ id: `L${l}c${c}`, label: `c${c}`, description: '', low: 'low', high: 'high' })) })) };
          const codes = scheme.logics.flatMap((logic) => logic.codes.map((code) => code.id));
          const segments = material.map((item, i) => segment(`s${i}`, `r${item.respondent}`, codes[item.code % codes.length]!, item.pole));
          for (const scores of scoreCoding({ ...emptyCoding(scheme), respondents: [0, 1, 2, 3].map((r) => ({ id: `r${r}`, label: '', groups: {} })), segments })) {
            for (const logic of scheme.logics) {
              const { min, max } = logicRange(logic);
              expect(scores.logics[logic.id]).toBeGreaterThanOrEqual(min);
              expect(scores.logics[logic.id]).toBeLessThanOrEqual(max);
            }
          }
        },
      ),
    );
  });

  it('changes a quadrant only when a score reaches or crosses 0', () => {
    const score = fc.integer({ min: -6, max: 6 });
    fc.assert(
      fc.property(score, score, score, score, (x1, y1, x2, y2) => {
        const sameSigns = Math.sign(x1) === Math.sign(x2) && Math.sign(y1) === Math.sign(y2);
        if (sameSigns) expect(quadrantOf(x1, y1)).toBe(quadrantOf(x2, y2));
        else if (x1 !== 0 && y1 !== 0 && x2 !== 0 && y2 !== 0) expect(quadrantOf(x1, y1)).not.toBe(quadrantOf(x2, y2));
      }),
    );
    expect([quadrantOf(2, 3), quadrantOf(-1, 1), quadrantOf(1, -1), quadrantOf(-2, -2), quadrantOf(0, 3)]).toEqual(['high-high', 'low-high', 'high-low', 'low-low', 'on-axis']);
  });

  it('places respondents on the grid of two chosen logics, and names the logics when a wrong one is asked for', () => {
    const scores = scoreCoding(coding([segment('a', 'r1', 'justice', 'high'), segment('b', 'r1', 'accountability', 'low')]));
    const axes = gridLogics(defaultScheme);
    expect(gridPoints(scores, axes)[0]).toMatchObject({ x: -1, y: 1, quadrant: 'low-high' });
    expect(gridPoints(scores, gridLogics(defaultScheme, { x: 'racial-equity', y: 'performance' }))[0]).toMatchObject({ x: 1, y: -1, quadrant: 'high-low' });
    expect(() => gridLogics(defaultScheme, { x: 'care' })).toThrow(/No logic "care".*"performance", "racial-equity"/);
  });
});

describe('agreement between coders', () => {
  it('compares code scores per code and overall, and finds whom a disagreement moves on the grid', () => {
    const material = coding([
      // r1: both coders see justice and equity high → same cell (0, 2).
      segment('1', 'r1', 'justice', 'high', 'ana'),
      segment('2', 'r1', 'equity', 'high', 'ana'),
      segment('3', 'r1', 'justice', 'high', 'ben'),
      segment('4', 'r1', 'equity', 'high', 'ben'),
      // r2: Ana codes quantification high, Ben low → x +1 vs −1, same y 0: another cell, both on an axis.
      segment('5', 'r2', 'quantification', 'high', 'ana'),
      segment('6', 'r2', 'quantification', 'low', 'ben'),
      // r3: only Ana.
      segment('7', 'r3', 'justice', 'low', 'ana'),
    ]);
    const result = coderAgreement(material, 'ana', 'ben');
    expect(result.respondents).toEqual(['r1', 'r2']);
    expect(result.onlyA).toEqual(['r3']);
    expect(result.onlyB).toEqual([]);
    // Units: 6 codes × 2 respondents; all agree but quantification of r2. Ana's scores: eleven values,
    // −1: 0, 0: 9, +1: 3 (two for r1, one for r2); Ben's: −1: 1, 0: 9, +1: 2.
    expect(result.overall.n).toBe(12);
    expect(result.overall.observed).toBeCloseTo(11 / 12, 12);
    const expected = (0 * 1 + 9 * 9 + 3 * 2) / 144;
    expect(result.overall.expected).toBeCloseTo(expected, 12);
    expect(result.overall.kappa).toBeCloseTo((11 / 12 - expected) / (1 - expected), 12);
    const quantification = result.codes.find((entry) => entry.code.id === 'quantification')!;
    expect(quantification.kappa.matrix).toEqual([
      [0, 0, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(result.codes.find((entry) => entry.code.id === 'justice')!.kappa.kappa).toBe(1);
    // Nobody coded accountability: both coders say 0 throughout, and chance agreement is 1.
    expect(result.codes.find((entry) => entry.code.id === 'accountability')!.kappa.kappa).toBeNull();
    expect(result.moves).toHaveLength(1);
    expect(result.moves[0]).toMatchObject({ respondent: { id: 'r2' }, a: { x: 1, y: 0 }, b: { x: -1, y: 0 }, cellChanged: true, quadrantChanged: false });
  });
});

describe('coded segments as CSV and the coding as JSON', () => {
  const csv = [
    'respondent,site,role,code,pole,excerpt,coder',
    'T1,Elm,teacher,quantification,high,"We look at the MAP data every week.",ana',
    'T1,Elm,teacher,Justice,+,"Who is the system failing?",ana',
    'P2,Oak,principal,equality,Deficit-oriented,"Those kids just don\'t come ready.",ana',
  ].join('\n');

  it('reads segments with codes by id or label and poles in any of their spellings; other columns become groupings', () => {
    const result = importSegmentsCsv(csv, defaultScheme);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.respondents).toEqual([
      { id: 'T1', label: 'T1', groups: { site: 'Elm', role: 'teacher' } },
      { id: 'P2', label: 'P2', groups: { site: 'Oak', role: 'principal' } },
    ]);
    expect(result.value.segments.map((s) => [s.id, s.code, s.pole])).toEqual([
      ['row-2', 'quantification', 'high'],
      ['row-3', 'justice', 'high'],
      ['row-4', 'equality', 'low'],
    ]);
  });

  it('reports every bad row with its row and column, suggests the code meant, and imports nothing', () => {
    const bad = [
      'id,respondent,site,code,pole,excerpt',
      'a,T1,Elm,quantfication,high,x',
      'b,T1,Oak,justice,sideways,y',
      'b,,Elm,equity,low,z',
      'c,T2,Elm,equity,low',
    ].join('\n');
    const result = importSegmentsCsv(bad, defaultScheme);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(LogicsError);
    expect(result.error.issues.map((issue) => [...issue.path, issue.message])).toEqual([
      ['row 2', 'code', expect.stringContaining('did you mean "quantification"?')],
      ['row 3', 'pole', expect.stringContaining('"sideways" is not a pole of Justice')],
      ['row 3', 'site', 'T1 is "Elm" on row 2, "Oak" here'],
      ['row 4', 'respondent', 'no respondent given'],
      ['row 4', 'id', 'the id "b" repeats row 3'],
      ['row 5', 'has 5 cells for 6 columns'],
    ]);
  });

  it('reads the labels the reader sees too, and names codes by them', () => {
    const shownScheme = translateScheme(defaultScheme, schemeEs);
    const csv = ['respondent,code,pole', 'T1,Justicia,Confronta la inequidad y los sesgos del sistema', 'T2,justice,sideways'].join('\n');
    const result = importSegmentsCsv(csv, defaultScheme, { shownScheme });
    expect(!result.ok && result.error.issues).toMatchObject([{ path: ['row 3', 'pole'], key: 'issue.notAPole', values: { code: 'Justicia', low: 'No cuestiona el sistema' } }]);
    const good = importSegmentsCsv(csv.split('\n').slice(0, 2).join('\n'), defaultScheme, { shownScheme });
    expect(good.ok && good.value.segments).toMatchObject([{ respondent: 'T1', code: 'justice', pole: 'high' }]);
  });

  it('names missing columns', () => {
    const result = importSegmentsCsv('respondent,excerpt\nT1,hello', defaultScheme);
    expect(!result.ok && result.error.issues.map((issue) => issue.message)).toEqual(['there is no "code" column', 'there is no "pole" column']);
  });

  it('writes segments that read back exactly, whatever the text (quotes, newlines, formula-looking cells)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '"', "'", ',', '\n', '=', '+', '-', '@', '\t', 'ñ', '🚌', 'ب') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, fc.constantFrom('low' as const, 'high' as const)), { minLength: 1, maxLength: 8 }), (rows) => {
        const segments = rows.map(([excerpt, source, pole], i) => ({ ...segment(`s${i}`, 'T1', 'equity', pole), excerpt, source }));
        const original = { ...coding(segments, ['T1']), respondents: [{ id: 'T1', label: 'Teacher 1', groups: { site: '=Elm' } }] };
        const csvText = exportSegmentsCsv(original);
        const cells = (Papa.parse<string[]>(csvText, { skipEmptyLines: 'greedy' }).data).flat();
        for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        const back = importSegmentsCsv(csvText, defaultScheme);
        expect(back.ok && back.value).toEqual({ respondents: original.respondents, segments });
      }),
    );
  });

  it('reads back grouping names and ids exactly: formula-looking names, and no id that trimming would change', () => {
    const respondents = [{ id: 'T1', label: 'Teacher 1', groups: { '=x': 'north', '+y': '@z' } }];
    const original = { ...coding([segment('s1', 'T1', 'equity', 'low')], []), respondents };
    const back = importSegmentsCsv(exportSegmentsCsv(original), defaultScheme);
    expect(back.ok && back.value).toEqual({ respondents, segments: original.segments });
    // Two ids that differ only by a leading space would come back as one: such ids are refused at the source.
    const spaced = importCoding(JSON.stringify(coding([segment(' s1', 'T1', 'equity', 'low'), segment('s1', 'T1', 'equity', 'low')], ['T1'])));
    expect(!spaced.ok && spaced.error.issues).toMatchObject([{ path: ['segments', 0, 'id'], message: 'an id may not begin or end with a space' }]);
  });

  it('refuses reserved names as ids, keys and grouping columns, with their places', () => {
    const file = JSON.parse(exportCoding(coding([segment('s1', 'r1', 'equity', 'low')], ['r1'])));
    file.respondents[0].groups = JSON.parse('{"__proto__": "x", "site": "Elm"}');
    file.respondents.push({ id: 'constructor', label: 'C', groups: {} });
    const result = importCoding(JSON.stringify(file));
    expect(!result.ok && result.error.issues).toMatchObject([{ path: ['respondents', 0, 'groups', '__proto__'], message: expect.stringContaining('reserved') }]);
    delete file.respondents[0].groups.__proto__;
    const byId = importCoding(JSON.stringify(file));
    expect(!byId.ok && byId.error.issues).toMatchObject([{ path: ['respondents', 1, 'id'], message: '"__proto__", "constructor" and "prototype" are reserved names' }]);
    const csvResult = importSegmentsCsv('respondent,constructor,code,pole\nprototype,x,equity,low', defaultScheme);
    expect(!csvResult.ok && csvResult.error.issues.map((issue) => issue.path)).toEqual([
      ['row 1', 'constructor'],
      ['row 2', 'respondent'],
    ]);
  });

  it('throws a typed error, not a raw schema error, when asked to write a coding or matrix that would not read back', () => {
    const broken = coding([segment('s1', 'r9', 'equity', 'low')], ['r1']);
    expect(() => exportCoding(broken)).toThrow(LogicsError);
    expect(() => exportCoding(broken)).toThrow(/no respondent has the id "r9"/);
    const matrix = { ...emptyMatrix(defaultMatrixScheme), networks: [{ id: '', name: 'N', groups: {}, cells: {} }] };
    expect(() => exportMatrix(matrix)).toThrow(expect.objectContaining({ code: 'logics/import', issues: [expect.objectContaining({ path: ['networks', 0, 'id'], message: 'an id may not be empty' })] }));
  });

  it('adds imported segments without losing what was there, renaming ids already taken', () => {
    const existing = coding([segment('row-2', 'T1', 'equity', 'low')], []);
    existing.respondents = [{ id: 'T1', label: 'Teacher one', groups: { site: 'Elm' } }];
    const imported = importSegmentsCsv(csv, defaultScheme);
    if (!imported.ok) throw imported.error;
    const merged = addImportedSegments(existing, imported.value);
    expect(existing.segments).toHaveLength(1);
    expect(merged.segments.map((s) => s.id)).toEqual(['row-2', 'row-2~2', 'row-3', 'row-4']);
    expect(merged.respondents).toEqual([
      { id: 'T1', label: 'Teacher one', groups: { site: 'Elm', role: 'teacher' } },
      { id: 'P2', label: 'P2', groups: { site: 'Oak', role: 'principal' } },
    ]);
  });

  it('round-trips the coding file and reports broken links, unknown formats and newer versions', () => {
    const original = { ...coding([segment('a', 'r1', 'justice', 'high')]), counts: [{ respondent: 'r2', code: 'equity', coder: 'ana', low: 1, high: 0 }] };
    expect(importCoding(exportCoding(original))).toEqual({ ok: true, value: original });
    const broken = JSON.parse(exportCoding(original));
    broken.segments[0].respondent = 'r9';
    broken.counts[0].code = 'care';
    const result = importCoding(JSON.stringify(broken));
    expect(!result.ok && result.error.issues).toMatchObject([
      { path: ['segments', 0, 'respondent'], message: 'no respondent has the id "r9"' },
      { path: ['counts', 0, 'code'], message: 'the scheme has no code "care"' },
    ]);
    expect(!importCoding('{"format":"wayfinder.journey","schemaVersion":1}').ok).toBe(true);
    const newer = importCoding(JSON.stringify({ ...broken, schemaVersion: 2 }));
    expect(!newer.ok && newer.error.message).toMatch(/newer version/);
    const duplicateCode = JSON.parse(exportCoding(original));
    duplicateCode.scheme.logics[1].codes[0].id = 'quantification';
    const dup = importCoding(JSON.stringify(duplicateCode));
    expect(!dup.ok && dup.error.issues[0]).toMatchObject({ path: ['scheme', 'logics', 1, 'codes', 0, 'id'], message: 'the code id "quantification" is already a code of performance' });
  });
});

describe('repeated ids', () => {
  it('names each repeated respondent, segment and network id with the item it repeats', () => {
    const repeated = { ...coding([segment('s', 'r1', 'justice', 'high'), segment('s', 'r1', 'equity', 'low')], ['r1', 'r2', 'r1']) };
    const result = importCoding(JSON.stringify(repeated));
    expect(!result.ok && result.error.issues).toMatchObject([
      { path: ['respondents', 2, 'id'], message: 'the respondent id "r1" repeats respondent 1' },
      { path: ['segments', 1, 'id'], message: 'the segment id "s" repeats segment 1' },
    ]);
    const matrix = { ...emptyMatrix(), networks: [{ id: 'n', name: 'A', groups: {}, cells: {} }, { id: 'n', name: 'B', groups: {}, cells: {} }] };
    const matrixResult = importMatrix(JSON.stringify(matrix));
    expect(!matrixResult.ok && matrixResult.error.issues).toMatchObject([{ path: ['networks', 1, 'id'], message: 'the network id "n" repeats network 1' }]);
  });
});

describe('equity-logic matrix', () => {
  const network = (id: string, cells: Array<[string, string, 0 | 1 | 2 | 3]>) =>
    cells.reduce((current, [dimension, aspect, strength]) => withCell(current, dimension, aspect, { strength, evidence: [`${dimension}/${aspect}`] }), { id, name: id, groups: {}, cells: {} });

  it('summarises which networks draw on a wide range and which stay on the dominant axis', () => {
    const matrix = {
      ...emptyMatrix(),
      networks: [
        network('N1', [['access', 'problem', 2], ['achievement', 'solution', 3], ['identity', 'groups', 1]]),
        network('N2', [['achievement', 'problem', 3], ['access', 'groups', 1]]),
        network('N3', [['achievement', 'problem', 2], ['power', 'solution', 1]]),
        network('N4', []),
        network('N5', [['identity', 'problem', 0]]),
      ],
    };
    const summary = summarizeMatrix(matrix);
    expect(summary.wideAt).toBe(3);
    expect(summary.networks.map((n) => n.reach)).toEqual(['wide', 'dominant-only', 'both-axes', 'none', 'none']);
    expect(summary.networks[0]!.strongest).toEqual({ access: 2, achievement: 3, identity: 1, power: 0 });
    expect(summary.reachCounts).toEqual({ wide: 1, 'dominant-only': 1, 'critical-only': 0, 'both-axes': 1, none: 2 });
    expect(summary.cellCounts.achievement).toEqual({ problem: 2, groups: 0, solution: 1 });
    expect(summarizeMatrix(matrix, { wideAt: 2 }).networks[2]!.reach).toBe('wide');
    expect(cellOf(matrix.networks[3]!, 'power', 'problem')).toEqual({ strength: 0, evidence: [] });
  });

  it('round-trips the matrix file and names cells under dimensions the scheme lacks', () => {
    const matrix = { ...emptyMatrix(defaultMatrixScheme), networks: [network('N1', [['access', 'problem', 2]])] };
    expect(importMatrix(exportMatrix(matrix))).toEqual({ ok: true, value: matrix });
    const broken = JSON.parse(exportMatrix(matrix));
    broken.networks[0].cells.care = { problem: { strength: 1, evidence: [] } };
    broken.networks[0].cells.access.problem.strength = 5;
    const schemaProblem = importMatrix(JSON.stringify(broken));
    expect(!schemaProblem.ok && schemaProblem.error.issues[0]!.path).toEqual(['networks', 0, 'cells', 'access', 'problem', 'strength']);
    broken.networks[0].cells.access.problem.strength = 1;
    const linkProblem = importMatrix(JSON.stringify(broken));
    expect(!linkProblem.ok && linkProblem.error.issues).toMatchObject([{ path: ['networks', 0, 'cells', 'care'], message: 'the scheme has no dimension "care"' }]);
  });
});

describe('editing a coding', () => {
  const base = coding([segment('a', 'r1', 'justice', 'high'), segment('b', 'r1', 'justice', 'high')]);
  const at = { respondent: 'r1', code: 'justice', coder: 'ana', pole: 'high' as const };

  it('sets a pole’s total by changing only the count entered beside the excerpts', () => {
    const three = setPoleTotal(base, at, 3);
    expect(three.counts).toEqual([{ respondent: 'r1', code: 'justice', coder: 'ana', low: 0, high: 1 }]);
    expect(scoreCoding(three, { coder: 'ana' })[0]!.codes.justice).toEqual({ low: 0, high: 3, score: 1 });
    const low = setPoleTotal(three, { ...at, pole: 'low' }, 4);
    expect(scoreCoding(low, { coder: 'ana' })[0]!.codes.justice!.score).toBe(-1);
    expect(setPoleTotal(setPoleTotal(low, { ...at, pole: 'low' }, 0), at, 2).counts).toEqual([]);
    expect(base.counts).toEqual([]);
  });

  it('refuses a total below the excerpts behind it, or not a whole number', () => {
    expect(() => setPoleTotal(base, at, 1)).toThrow(/r1 has 2 excerpts at the high pole of justice/);
    expect(() => setPoleTotal(base, at, 1.5)).toThrow(LogicsError);
  });

  it('adds and removes segments and respondents, refusing ids already taken', () => {
    const added = addSegment(base, segment('c', 'r2', 'equity', 'low'));
    expect(added.segments.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    expect(() => addSegment(added, segment('c', 'r2', 'equity', 'low'))).toThrow(/"c" exists already/);
    expect(removeSegment(added, 'a').segments.map((s) => s.id)).toEqual(['b', 'c']);
    expect(addRespondent(base, { id: 'r4', label: 'R4', groups: {} }).respondents).toHaveLength(4);
    expect(() => addRespondent(base, { id: 'r1', label: '', groups: {} })).toThrow(/exists already/);
    expect(() => addRespondent(base, { id: 'constructor', label: '', groups: {} })).toThrow(/reserved name/);
  });
});

describe('translateScheme', () => {
  it('changes the words and keeps ids, so the same coding scores the same', () => {
    const spanish = translateScheme(defaultScheme, { logics: { performance: { label: 'Lógica de rendimiento' } }, codes: { justice: { label: 'Justicia', low: 'No cuestiona el sistema' } } });
    expect(spanish.logics[0]!.label).toBe('Lógica de rendimiento');
    expect(spanish.logics[1]!.codes[2]).toMatchObject({ id: 'justice', label: 'Justicia', low: 'No cuestiona el sistema', high: defaultScheme.logics[1]!.codes[2]!.high });
    const material = coding([segment('a', 'r1', 'justice', 'high')]);
    expect(scoreCoding({ ...material, scheme: spanish })).toEqual(scoreCoding(material));
  });
});
