import { describe, expect, it } from 'vitest';
import { latexExpression, latexText, solutionLatex } from './solution-latex';

const model = (id: string, terms: [string, number, string][]) => ({
  id,
  expression: terms.map(([term]) => term).join(' + '),
  fit: { inclS: 0.9, PRI: 0.85, covS: 0.6 },
  term_fit: terms.map(([term, covU, cases]) => ({ term, inclS: 0.91234, PRI: 0.8, covS: 0.5, covU, cases })),
});

describe('a solution as a LaTeX table', () => {
  it('escapes what LaTeX would read as commands', () => {
    expect(latexText('R&D_pc 50% #1 {x} ^ ~ \\')).toBe('R\\&D\\_pc 50\\% \\#1 \\{x\\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}');
    expect(latexExpression('~GDP_pc*LIT + R&D')).toBe('\\ensuremath{\\sim}GDP\\_pc\\ensuremath{\\cdot}LIT \\ensuremath{+} R\\&D');
  });

  it('lists each model\'s terms with their fits to three places, then the model\'s fit', () => {
    const text = solutionLatex([model('M1', [['A*~B', 0.25, 'J,S'], ['C', 0.1, 'H']]), model('M2', [['A*~B', 0.25, 'J,S'], ['D', 0.1, 'R']])], 'Parsimonious solution for VISION');
    const lines = text.trim().split('\n');
    expect(lines.slice(0, 6)).toEqual(['\\begin{table}[ht]', '\\centering', '\\caption{Parsimonious solution for VISION}', '\\begin{tabular}{lrrrrl}', '\\toprule', 'Term & inclS & PRI & covS & covU & Cases \\\\']);
    expect(lines).toContain('A\\ensuremath{\\cdot}\\ensuremath{\\sim}B & 0.912 & 0.800 & 0.500 & 0.250 & J,S \\\\');
    expect(lines.filter((line) => line.startsWith('\\multicolumn'))).toEqual(['\\multicolumn{6}{l}{\\textit{M1}} \\\\', '\\multicolumn{6}{l}{\\textit{M2}} \\\\']);
    expect(lines.filter((line) => line.startsWith('\\textit{Solution}'))).toEqual(['\\textit{Solution} & 0.900 & 0.850 & 0.600 & & \\\\', '\\textit{Solution} & 0.900 & 0.850 & 0.600 & & \\\\']);
    expect(lines.slice(-3)).toEqual(['\\bottomrule', '\\end{tabular}', '\\end{table}']);
  });

  it('names no model when there is only one', () => {
    expect(solutionLatex([model('M1', [['A', 0.3, 'J']])], 'x')).not.toContain('\\multicolumn');
  });
});
