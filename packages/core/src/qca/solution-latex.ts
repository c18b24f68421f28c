import type { ModelResult, TermFitResult } from './reference';

const SPECIAL: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#', '%': '\\%', _: '\\_', '^': '\\textasciicircum{}', '~': '\\textasciitilde{}' };

/** Text as LaTeX reads it literally. */
export const latexText = (text: string) => text.replace(/[\\{}$&#%_^~]/g, (char) => SPECIAL[char]!);

/** An expression in the field's notation as a paper sets it: `~` as ∼, `*` as ·, `+` spaced. */
export const latexExpression = (expression: string) =>
  expression
    .split(/(\s*[*+]\s*|~)/)
    .map((part) => {
      const operator = part.trim();
      // \ensuremath, not $…$: two symbols side by side would make $$, display maths.
      if (part === '~') return '\\ensuremath{\\sim}';
      if (operator === '*') return '\\ensuremath{\\cdot}';
      if (operator === '+') return ' \\ensuremath{+} ';
      return latexText(part);
    })
    .join('');

const fit = (value: number | null) => (value === null ? '--' : value.toFixed(3));

/**
 * A solution as a LaTeX table (booktabs) for a paper: each model's terms with consistency, PRI,
 * raw and unique coverage and cases, then the model's own fit. User text (condition names, case
 * ids) is escaped, so a name such as `GDP_pc` or `R&D` sets as written.
 */
export function solutionLatex(models: readonly Pick<ModelResult, 'id' | 'fit' | 'term_fit' | 'expression'>[], caption: string): string {
  const lines = ['\\begin{table}[ht]', '\\centering', `\\caption{${latexText(caption)}}`, '\\begin{tabular}{lrrrrl}', '\\toprule', 'Term & inclS & PRI & covS & covU & Cases \\\\'];
  for (const model of models) {
    lines.push('\\midrule');
    if (models.length > 1) lines.push(`\\multicolumn{6}{l}{\\textit{${latexText(model.id)}}} \\\\`);
    for (const term of model.term_fit as readonly TermFitResult[]) lines.push(`${latexExpression(term.term)} & ${fit(term.inclS)} & ${fit(term.PRI)} & ${fit(term.covS)} & ${fit(term.covU)} & ${latexText(term.cases)} \\\\`);
    lines.push(`\\textit{Solution} & ${fit(model.fit.inclS)} & ${fit(model.fit.PRI)} & ${fit(model.fit.covS)} & & \\\\`);
  }
  lines.push('\\bottomrule', '\\end{tabular}', '\\end{table}');
  return `${lines.join('\n')}\n`;
}
