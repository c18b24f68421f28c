import type { QcaClient } from '@wayfinder/core/qca/client';
import type { SolutionKind } from '@wayfinder/core/qca/minimize';
import type { VariantOutcome, VariantsRequest } from '@wayfinder/core/qca/robustness';
import type { HalfMembership } from '@wayfinder/core/qca/truth-table';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo, useState } from 'react';
import { calibrationMessages } from '../calibration-slider/messages';
import { Heading } from '../heading';
import { Expression } from '../solution-view/expression';
import { solutionMessages } from '../solution-view/messages';
import { workbenchMessages } from './messages';
import { TaskControls, useWorkerTask } from './worker-task';
import type { RawVariable, SweptSetting } from './robustness-plan';
import { holdingRanges, readSweep, robustnessPlan, solutionIn, termsOf } from './robustness-plan';

export interface RobustnessProps {
  /** The client of the workbench's worker (the sweep runs there, one variant after another). */
  client: () => QcaClient | null;
  /** The analysis as it stands: the variants change it one setting at a time. */
  base: Omit<VariantsRequest, 'variants'>;
  inclCut: number;
  raw: readonly RawVariable[];
  /** Cases with condition memberships of exactly 0.5, and in which conditions. */
  halfMemberships: readonly HalfMembership[];
  kinds: readonly SolutionKind[];
  level: number;
}

const BAND_WIDTH = 120;

/** The swept range as a track, the values where the solution holds filled, the current value marked. Its words are in the cell beside it. */
function Band({ rows, current }: { rows: { value: number; held: boolean }[]; current: number }) {
  const first = rows[0]!.value;
  const span = rows.at(-1)!.value - first || 1;
  const x = (value: number) => ((value - first) / span) * BAND_WIDTH;
  return (
    <svg className="wf-robustness__band" width={BAND_WIDTH + 8} height={14} aria-hidden="true">
      <g transform="translate(4 0)">
        <line x1={0} x2={BAND_WIDTH} y1={7} y2={7} className="wf-robustness__track" />
        {rows.map((row, index) => {
          if (!row.held) return null;
          const left = index === 0 ? x(row.value) : (x(rows[index - 1]!.value) + x(row.value)) / 2;
          const right = index === rows.length - 1 ? x(row.value) : (x(row.value) + x(rows[index + 1]!.value)) / 2;
          return <rect key={row.value} x={left} y={3} width={Math.max(2, right - left)} height={8} className="wf-robustness__held" />;
        })}
        <line x1={x(current)} x2={x(current)} y1={0} y2={14} className="wf-robustness__current" />
      </g>
    </svg>
  );
}

/**
 * How far a solution rests on the settings chosen: the analysis run again (in the worker, with
 * progress and Stop) with the consistency cut and each calibration anchor moved across a range,
 * and, for each setting, where the solution is unchanged and where each of its terms still holds.
 * Condition memberships of exactly 0.5 are tried just off the crossover, at 0.49 and 0.51, and
 * the solutions then are shown: a way forward for a table those cases left empty.
 */
export function Robustness({ client, base, inclCut, raw, halfMemberships, kinds, level }: RobustnessProps) {
  const t = useTranslate(workbenchMessages);
  const tCalibration = useTranslate(calibrationMessages);
  const tSolution = useTranslate(solutionMessages);
  const { locale } = useLocale();
  const titleId = useId();
  const [kind, setKind] = useState<SolutionKind>(kinds[kinds.length > 1 ? 1 : 0] ?? 'parsimonious');
  const plan = useMemo(() => robustnessPlan(inclCut, raw, halfMemberships.length), [inclCut, raw, halfMemberships.length]);
  // A sweep of other settings says nothing of these.
  const { task: sweep, start, stop } = useWorkerTask<VariantOutcome[]>([base, plan]);
  const run = () => {
    const worker = client();
    if (worker) void start((signal, progress) => worker.variants({ ...base, variants: plan.variants }, { signal, onProgress: (_step, share) => share && progress(share.done, share.total) }));
  };

  const decimalsOf = (setting: SweptSetting) => (setting.parameter.kind === 'inclCut' ? 2 : Math.min(6, (raw.find((variable) => variable.name === (setting.parameter as { variable: string }).variable)?.decimals ?? 2) + 1));
  const number = (value: number, decimals: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: decimals }).format(value);
  const rangesText = (setting: SweptSetting, values: number[], holds: boolean[]) => {
    const ranges = holdingRanges(values, holds);
    if (ranges.length === 0) return t('robustness.nowhere');
    const decimals = decimalsOf(setting);
    return new Intl.ListFormat(locale, { type: 'unit' }).format(ranges.map(([from, to]) => (from === to ? number(from, decimals) : t('robustness.range', { from: number(from, decimals), to: number(to, decimals) }))));
  };
  const settingLabel = (setting: SweptSetting) => {
    const { parameter } = setting;
    const current = number(setting.current, decimalsOf(setting));
    if (parameter.kind === 'inclCut') return t('robustness.inclCut', { value: current });
    const anchor = parameter.anchor.startsWith('t') ? tCalibration('calibration.anchor.t', { index: parameter.anchor.slice(1) }) : tCalibration(`calibration.anchor.${parameter.anchor}` as 'calibration.anchor.e');
    return t('robustness.anchor', { variable: parameter.variable, anchor, value: current });
  };

  const outcomes = sweep.state === 'done' ? sweep.result : null;
  const baseSolution = outcomes ? solutionIn(outcomes[0], kind) : null;
  const terms = useMemo(() => (baseSolution ? termsOf(baseSolution) : []), [baseSolution]);
  const solutionText = (outcome: VariantOutcome | undefined, of: SolutionKind) => {
    if (!outcome) return null;
    if ('error' in outcome) return t('robustness.notAnalysed');
    const solution = outcome.solutions[of];
    if (!solution) return null;
    if ('error' in solution) return tSolution(`solution.failure.${solution.code}`);
    const expressions = solution.models.map((model) => model.join(' + '));
    // Several models fit equally well: each is named, so that none reads as a term of another.
    return <Expression text={expressions.length === 1 ? expressions[0]! : expressions.map((expression, index) => `M${index + 1}: ${expression}`).join('; ')} />;
  };

  return (
    <section className="wf-workbench__check wf-robustness" aria-labelledby={titleId}>
      <Heading level={level} id={titleId}>
        {t('robustness.title')}
      </Heading>
      <p className="wf-workbench__help">{t('robustness.help')}</p>
      <div className="wf-workbench__actions">
        {kinds.length > 1 && (
          <label className="wf-workbench__ids">
            {t('robustness.solution')}
            <select value={kind} onChange={(event) => setKind(event.currentTarget.value as SolutionKind)}>
              {kinds.map((each) => (
                <option key={each} value={each}>
                  {t('robustness.kind', { kind: each })}
                </option>
              ))}
            </select>
          </label>
        )}
        <TaskControls
          task={sweep}
          label={t('robustness.run', { count: plan.variants.length })}
          onStart={run}
          onStop={stop}
          status={(state) => (state.state === 'running' ? t('robustness.progress', { done: state.done ?? 0, total: state.total ?? plan.variants.length }) : state.state === 'failed' ? t('robustness.failed', { message: state.message }) : state.state === 'done' ? t('workbench.done') : '')}
        />
      </div>
      {outcomes && (
        <>
          {!baseSolution && <p className="wf-workbench__help">{t('robustness.noSolution', { kind })}</p>}
          <div className="wf-scroll-hint wf-workbench__scroll" role="region" aria-label={t('robustness.result', { kind })} tabIndex={0}>
            <table className="wf-workbench__fits wf-robustness__table">
              <thead>
                <tr>
                  <th scope="col">{t('robustness.setting')}</th>
                  <th scope="col">{t(baseSolution ? 'robustness.unchanged' : 'robustness.exists')}</th>
                  {terms.map((term) => (
                    <th scope="col" key={term}>
                      {t('robustness.holds', { term })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {plan.swept.map((setting) => {
                  const rows = readSweep(setting, outcomes, kind, terms);
                  return (
                    <tr key={settingLabel(setting)}>
                      <th scope="row">{settingLabel(setting)}</th>
                      <td>
                        {/* Without a solution now, where there is one at all. */}
                        <span className="wf-robustness__held-for">
                          <Band rows={rows.map((row) => ({ value: row.value, held: baseSolution ? row.unchanged : row.exists }))} current={setting.current} />
                          {rangesText(setting, setting.values, rows.map((row) => (baseSolution ? row.unchanged : row.exists)))}
                        </span>
                      </td>
                      {terms.map((term, index) => (
                        <td key={term}>{rangesText(setting, setting.values, rows.map((row) => row.holds[index]!))}</td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      {outcomes && plan.nudges.length > 0 && (
        <div className="wf-robustness__nudges">
          <Heading level={Math.min(6, level + 1)}>{t('robustness.nudge.title')}</Heading>
          <p className="wf-workbench__help">{t('robustness.nudge.help', { count: halfMemberships.reduce((count, half) => count + half.conditions.length, 0), cases: halfMemberships.map((half) => `${half.case}: ${half.conditions.join(', ')}`).join('; ') })}</p>
          <dl>
            {plan.nudges.map((nudge) => (
              <div key={nudge.to}>
                <dt>{t('robustness.nudge.to', { value: number(nudge.to, 2) })}</dt>
                {kinds.map((each) => (
                  <dd key={each}>
                    {t('robustness.kind', { kind: each })}: {solutionText(outcomes[nudge.variantIndex], each)}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </div>
      )}
    </section>
  );
}
