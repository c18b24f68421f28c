import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import type { CompactSolution } from '@wayfinder/core/qca/compact-result';
import { expandModel } from '@wayfinder/core/qca/compact-result';
import type { SolutionFailure, SolutionResult } from '@wayfinder/core/qca/reference';
import { solutionLatex } from '@wayfinder/core/qca/solution-latex';
import type { TruthTable } from '@wayfinder/core/qca/truth-table';
import type { CalibrationSetting } from '@wayfinder/react/calibration';
import { anchorNames, anchorPositions } from '@wayfinder/react/calibration';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type { RefObject } from 'react';
import { useId } from 'react';
import { calibrationMessages } from '../calibration-slider/messages';
import { downloadText } from '../file-button';
import { solutionMessages } from '../solution-view/messages';
import { workbenchMessages } from './messages';
import type { ReportSolution } from './report';
import { analysisReport } from './report';

export type Solutions = Record<string, SolutionResult | CompactSolution | SolutionFailure> & { intermediate?: (SolutionResult | CompactSolution)[] | SolutionFailure };

/** A solution's models made whole (compact ones expanded only now, when a file asks for them), or null for a failure. */
export function modelsOf(solution: SolutionResult | CompactSolution | SolutionFailure | undefined) {
  if (!solution || 'error' in solution) return null;
  return 'compactModels' in solution ? solution.models.map((model) => expandModel(solution, model)) : solution.models;
}

/** Whether a solution has models to export (without making compact ones whole: 10,000 of them take a while). */
export function hasModels(solution: Solutions[string] | Solutions['intermediate'] | undefined): boolean {
  if (!solution || 'error' in solution) return false;
  return Array.isArray(solution) ? solution.some((each) => each.models.length > 0) : solution.models.length > 0;
}

/** Every intermediate solution's models as one list, each model named with its solution (C1P1 M1). */
export function intermediateModels(solutions: Solutions | null) {
  const intermediate = solutions?.intermediate;
  if (!intermediate || 'error' in intermediate) return null;
  return intermediate.flatMap((solution) => (modelsOf(solution) ?? []).map((model) => ({ ...model, id: intermediate.length > 1 ? `${solution.id ?? ''} ${model.id}` : model.id })));
}

/**
 * The exports a paper needs beyond CSV: each solution as a LaTeX table, and the whole analysis as
 * an HTML report to read or print (data, calibrations, parameters, truth table, solutions with
 * fits, and the plots on the page).
 */
export function PaperExports({ analysis, table, solutions, kinds, outcomeLabel, conditions, settings, root }: {
  analysis: AnalysisFile;
  table: TruthTable;
  solutions: Solutions | null;
  kinds: readonly ('conservative' | 'parsimonious' | 'intermediate')[];
  outcomeLabel: string;
  conditions: readonly string[];
  settings: readonly { name: string; setting: CalibrationSetting }[];
  root: RefObject<HTMLElement | null>;
}) {
  const t = useTranslate(workbenchMessages);
  const tCalibration = useTranslate(calibrationMessages);
  const tSolution = useTranslate(solutionMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(value);
  const yes = (value: boolean | undefined) => t(value ? 'report.yes' : 'report.no');
  const kindTitle = (kind: string) => t('report.solution', { kind });
  const models = (kind: (typeof kinds)[number]) => (kind === 'intermediate' ? intermediateModels(solutions) : modelsOf(solutions?.[kind]));

  const report = () => {
    const reportSolutions: ReportSolution[] = kinds.map((kind) => {
      const solution = solutions?.[kind];
      const failure = solution && !Array.isArray(solution) && 'error' in solution ? tSolution(`solution.failure.${(solution as SolutionFailure).code}`) : t('report.notRun');
      return { title: kindTitle(kind), models: models(kind), failure };
    });
    const calibrations = settings.map(({ name, setting }): [string, string] => {
      const anchors = anchorNames(setting).map((anchor, index) => `${anchor.startsWith('t') ? tCalibration('calibration.anchor.t', { index: anchor.slice(1) }) : tCalibration(`calibration.anchor.${anchor}` as 'calibration.anchor.e')} ${number(anchorPositions(setting)[index]!)}`);
      const memberships = setting.mode === 'assign' ? ` → ${setting.memberships.map(number).join(' / ')}` : '';
      return [name, `${tCalibration(`calibration.mode.${setting.mode}`)}: ${anchors.join(', ')}${memberships}`];
    });
    const directional = Object.entries(analysis.directional ?? {}).filter(([name]) => conditions.includes(name));
    const parameterRows: [string, string][] = [
      [t('report.outcome'), outcomeLabel],
      [t('report.conditions'), conditions.join(', ')],
      [t('workbench.inclCut'), analysis.inclCutLow !== undefined ? `${number(analysis.inclCut)} / ${number(analysis.inclCutLow)}` : number(analysis.inclCut)],
      [t('workbench.parameters.nCut'), number(analysis.nCut ?? 1)],
      [t('workbench.parameters.priCut'), number(analysis.priCut ?? 0)],
      [t('workbench.parameters.contradictions'), yes(analysis.includeContradictions)],
      [t('workbench.parameters.rowDominance'), yes(analysis.rowDominance)],
      [t('workbench.allSolutions'), yes(analysis.allSolutions)],
      [t('workbench.directional'), directional.length > 0 ? directional.map(([name, value]) => (value === 'absent' ? `~${name}` : name)).join(', ') : t('report.none')],
      [t('workbench.parameters.remainders'), analysis.excludedRemainders?.join(', ') || t('report.none')],
    ];
    const plots = [...(root.current?.querySelectorAll<SVGSVGElement>('svg.wf-xy__plot, svg.wf-venn__svg') ?? [])];
    const dataset = analysis.dataset!;
    const html = analysisReport(table, reportSolutions, calibrations, plots, {
      locale,
      title: analysis.name ? t('report.titleNamed', { name: analysis.name }) : t('report.title'),
      generated: t('report.generated', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date()) }),
      data: t('report.data'),
      dataSummary: t('report.dataSummary', { cases: dataset.cases.length, variables: dataset.variables.map((variable) => variable.name).join(', '), column: analysis.caseIdColumn === null ? t('workbench.caseIds.numbered') : (analysis.caseIdColumn ?? 'case') }),
      calibration: t('report.calibration'),
      calibrationNone: t('report.calibrationNone'),
      parameters: t('report.parameters'),
      parameterRows,
      truthTable: t('report.truthTable'),
      solutions: t('report.solutions'),
      plots: t('report.plots'),
      headers: { row: t('report.row'), out: 'OUT', n: 'n', incl: 'incl', pri: 'PRI', cases: t('report.cases'), term: t('workbench.fit.term'), inclS: 'inclS', covS: 'covS', covU: 'covU', model: t('report.model'), solution: t('report.whole') },
    });
    downloadText(html, 'qca-report.html', 'text/html');
  };

  return (
    <div className="wf-workbench__actions" role="group" aria-labelledby={titleId}>
      <span className="wf-workbench__export-title" id={titleId}>
        {t('workbench.paper')}
      </span>
      {kinds.map((kind) => {
        if (!hasModels(solutions?.[kind])) return null;
        return (
          <button key={kind} type="button" className="wf-button" onClick={() => downloadText(solutionLatex(models(kind)!, t('report.latexCaption', { kind, outcome: outcomeLabel })), `${kind}-solution.tex`, 'text/x-tex')}>
            {t('workbench.export.latex', { kind })}
          </button>
        );
      })}
      <button type="button" className="wf-button" onClick={report}>
        {t('workbench.export.report')}
      </button>
    </div>
  );
}
