import type { ModelResult } from '@wayfinder/core/qca/reference';
import type { TruthTable } from '@wayfinder/core/qca/truth-table';
import { listRows, listsEveryRow } from '@wayfinder/core/qca/truth-table';
import { standaloneSvg } from '../svg-export';

/** A solution as the report lists it: its title and models with fits (or why there is none). */
export interface ReportSolution {
  title: string;
  models: readonly Pick<ModelResult, 'id' | 'fit' | 'term_fit' | 'expression'>[] | null;
  failure?: string;
}

/** The report's words, each from the reader's catalogue, and its language. */
export interface ReportWords {
  /** The reader's language (BCP 47), for the page's `lang` and its numbers. */
  locale: string;
  title: string;
  generated: string;
  data: string;
  dataSummary: string;
  calibration: string;
  calibrationNone: string;
  parameters: string;
  parameterRows: readonly [string, string][];
  truthTable: string;
  solutions: string;
  plots: string;
  headers: { row: string; out: string; n: string; incl: string; pri: string; cases: string; term: string; inclS: string; covS: string; covU: string; model: string; solution: string };
}

const PRINT_CSS = `
body { font-family: system-ui, sans-serif; font-size: 10.5pt; color: #111; margin: 2rem; line-height: 1.4; }
h1 { font-size: 16pt; margin: 0 0 0.25rem; } h2 { font-size: 13pt; margin: 1.5rem 0 0.5rem; } h3 { font-size: 11pt; margin: 1rem 0 0.25rem; }
table { border-collapse: collapse; margin: 0.25rem 0 0.75rem; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid #bbb; padding: 0.15rem 0.5rem; text-align: end; vertical-align: top; }
th:first-child, td:first-child, td.text { text-align: start; } thead th { border-bottom: 2px solid #111; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; } dt { font-weight: bold; } dd { margin: 0; }
figure { margin: 0.5rem 0; break-inside: avoid; } figure svg { max-width: 16cm; height: auto; }
.meta { color: #555; } code { font-family: ui-monospace, monospace; }
@page { margin: 1.5cm; } @media print { body { margin: 0; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

/**
 * The whole analysis as one HTML file to read or print (its own print style sheet): the data, the
 * calibrations, every parameter, the truth table, the solutions with their fits and the plots on
 * the page. Built with DOM nodes, so every name and case id in it is text, never markup.
 */
export function analysisReport(table: TruthTable, solutions: readonly ReportSolution[], calibrations: readonly [string, string][], plots: readonly SVGSVGElement[], words: ReportWords): string {
  const doc = document.implementation.createHTMLDocument(words.title);
  doc.documentElement.lang = words.locale;
  // Three decimals in the reader's notation: 1.000 reads as a thousand in Spanish.
  const decimals = new Intl.NumberFormat(words.locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const fit = (value: number | null | undefined) => (value === null || value === undefined ? '–' : decimals.format(value));
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
    const node = doc.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  };
  const add = (parent: Node, ...children: Node[]) => {
    children.forEach((child) => parent.appendChild(child));
    return parent;
  };
  /** A term's cell, which may break after each `*`: a term of twenty conditions is one word to the browser. */
  const termCell = (text: string) => {
    const cell = element('td');
    text.split('*').forEach((piece, index) => {
      if (index > 0) add(cell, doc.createTextNode('*'), element('wbr'));
      add(cell, doc.createTextNode(piece));
    });
    return cell;
  };
  const tableOf = (header: readonly string[], rows: readonly (readonly string[])[], textColumns: readonly number[] = [], termColumn?: number) => {
    const node = element('table');
    add(node, add(element('thead'), add(element('tr'), ...header.map((cell) => element('th', cell)))));
    add(node, add(element('tbody'), ...rows.map((row) => add(element('tr'), ...row.map((cell, index) => (index === termColumn ? termCell(cell) : element('td', cell, textColumns.includes(index) ? 'text' : undefined)))))));
    return node;
  };
  const list = (pairs: readonly [string, string][]) => add(element('dl'), ...pairs.flatMap(([term, value]) => [element('dt', term), element('dd', value)]));

  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  const style = element('style', PRINT_CSS);
  add(doc.head, meta, style);
  const { body } = doc;
  add(body, element('h1', words.title), element('p', words.generated, 'meta'));
  add(body, element('h2', words.data), element('p', words.dataSummary));
  add(body, element('h2', words.calibration), calibrations.length > 0 ? list(calibrations) : element('p', words.calibrationNone));
  add(body, element('h2', words.parameters), list(words.parameterRows));

  const h = words.headers;
  const names = table.conditions.map((condition) => condition.name);
  add(
    body,
    element('h2', words.truthTable),
    tableOf(
      [h.row, ...names, h.out, h.n, h.incl, h.pri, h.cases],
      listRows(table, listsEveryRow(table)).map((row) => [String(row.id), ...row.values.map(String), row.OUT, String(row.n), fit(row.incl), fit(row.PRI), row.cases.join(', ')]),
      [names.length + 5],
    ),
  );

  add(body, element('h2', words.solutions));
  for (const solution of solutions) {
    add(body, element('h3', solution.title));
    if (!solution.models) {
      add(body, element('p', solution.failure ?? ''));
      continue;
    }
    for (const model of solution.models) {
      const rows = model.term_fit.map((term) => [term.term, fit(term.inclS), fit(term.PRI), fit(term.covS), fit(term.covU), term.cases]);
      rows.push([`${h.solution}: ${model.expression}`, fit(model.fit.inclS), fit(model.fit.PRI), fit(model.fit.covS), '', '']);
      if (solution.models.length > 1) add(body, element('p', `${h.model} ${model.id}`));
      add(body, tableOf([h.term, h.inclS, h.pri, h.covS, h.covU, h.cases], rows, [5], 0));
    }
  }
  if (plots.length > 0) {
    add(body, element('h2', words.plots));
    for (const plot of plots) {
      const figure = element('figure');
      // The plot as its own SVG file has it: parsed, not written in as text.
      const parsed = new DOMParser().parseFromString(standaloneSvg(plot), 'image/svg+xml').documentElement;
      add(body, add(figure, doc.importNode(parsed, true)));
    }
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}
