import { indirectTargets } from '@wayfinder/core/qca/calibrate';
import type { CalibrationMode, CalibrationSetting } from '@wayfinder/react/calibration';
import {
  anchorNames,
  anchorPositions,
  suggestSetting,
  useCalibration,
  withLastThresholdRemoved,
  withPositions,
  withThresholdAdded,
} from '@wayfinder/react/calibration';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { Slider } from 'radix-ui';
import type { PointerEvent } from 'react';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { CaseTable } from '../case-table';
import { Notice } from '../notice';
import { calibrationMessages } from './messages';
import type { CalibrationMessageKey } from './messages';
import { dataDecimals } from '../data-decimals';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface CalibrationSliderProps extends TitleOptions {
  /** The raw variable's name, as the reader knows it. */
  variable: string;
  /** Raw values, one per case. */
  values: readonly number[];
  /** Case ids in the same order; numbered from 1 when left out. */
  cases?: readonly string[];
  setting?: CalibrationSetting;
  defaultSetting?: CalibrationSetting;
  onSettingChange?: (setting: CalibrationSetting) => void;
  /** Called with the memberships after every change that gives valid ones: wire it to a truth table. */
  onMembershipsChange?: (memberships: number[]) => void;
  /** Methods offered; all by default. */
  modes?: readonly CalibrationMode[];
  className?: string;
}

const WIDTH = 640;
const HEIGHT = 250;
const MARGIN = { top: 14, right: 18, bottom: 34, left: 44 };

function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  return 10 ** Math.floor(Math.log10(range / 200));
}

/**
 * Calibration of one raw variable into a fuzzy (or crisp) set: the cases on their raw values and
 * resulting memberships, the live membership curve, and draggable anchors (a Radix slider, so
 * every anchor works with arrow keys, PageUp/PageDown and Home/End) with numeric fields for exact
 * values; in direct assignment, a membership field per interval between the thresholds, and in
 * the indirect method the membership each interval aims at, with the fitted curve. Cases landing
 * exactly on 0.5 are marked and warned about.
 */
export const CalibrationSlider = withErrorBoundary(function CalibrationSlider({ variable, values, cases, modes = ['crisp', 'direct', 'bell', 'assign', 'indirect'], onMembershipsChange, className, headingLevel = 3, hideTitle = false, ...control }: CalibrationSliderProps) {
  const t = useTranslate(calibrationMessages);
  const { locale } = useLocale();
  const state = useCalibration({ values, ...control });
  const { setting, setSetting, memberships, error, domain, curve, halfCases } = state;
  const [hovered, setHovered] = useState<number | null>(null);
  const titleId = useId();
  // Anchors and raw values read to the data's own precision (and one place more, where a slider step lands).
  const decimals = useMemo(() => dataDecimals(values), [values]);
  const format = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: Math.min(6, decimals + 1) }), [locale, decimals]);
  const exact = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }), [locale]);
  const formatMembership = useMemo(() => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 3 }), [locale]);
  const caseName = (index: number) => cases?.[index] ?? String(index + 1);

  const membershipsRef = useRef(onMembershipsChange);
  membershipsRef.current = onMembershipsChange;
  useEffect(() => {
    if (memberships) membershipsRef.current?.(memberships);
  }, [memberships]);

  const [min, max] = domain;
  const x = useMemo(() => scaleLinear({ domain: [min, max], range: [MARGIN.left, WIDTH - MARGIN.right] }), [min, max]);
  const y = useMemo(() => scaleLinear({ domain: [0, 1], range: [HEIGHT - MARGIN.bottom, MARGIN.top] }), []);
  // The rug depends on the raw values only: drawn once, not on every drag step, and as one path of
  // ticks (one per distinct position), since 100,000 cases would otherwise be 100,000 elements.
  const rug = useMemo(() => {
    const ticks = new Set(values.filter(Number.isFinite).map((raw) => Math.round(x(raw) * 10) / 10));
    const path = [...ticks].map((at) => `M${at},${HEIGHT - MARGIN.bottom + 2}v7`).join('');
    return <path d={path} className="wf-cal__rug" />;
  }, [values, x]);
  // All cases as one path of round-capped zero-length strokes: a thousand moving circles would be a
  // thousand elements to update per drag step, and arcs cost far more to paint than dots. One path's
  // strokes paint as one shape, so cases at the same half unit draw once: 100,000 cases stay a few
  // thousand dots, not a path the browser takes seconds to lay out.
  const casesPath = useMemo(() => {
    if (!memberships) return undefined;
    const dots = new Set<string>();
    memberships.forEach((membership, index) => {
      if (membership !== 0.5) dots.add(`M${Math.round(x(values[index]!) * 2) / 2},${Math.round(y(membership) * 2) / 2}h0`);
    });
    return [...dots].join('');
  }, [memberships, values, x, y]);
  const nearestCase = (event: PointerEvent<SVGSVGElement>): number | null => {
    if (!memberships) return null;
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * WIDTH;
    const py = ((event.clientY - box.top) / box.height) * HEIGHT;
    let best: number | null = null;
    let bestDistance = 12 * 12;
    memberships.forEach((membership, index) => {
      const distance = (x(values[index]!) - px) ** 2 + (y(membership) - py) ** 2;
      if (distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    });
    return best;
  };
  const positions = anchorPositions(setting);
  const names = anchorNames(setting);
  const anchorLabel = (name: string, index: number) =>
    name.startsWith('t') ? t('calibration.anchor.t', { index: index + 1 }) : t(`calibration.anchor.${name}` as CalibrationMessageKey);
  const step = niceStep(max - min);
  // The intervals the thresholds make, by their bounds.
  const intervalLabel = (index: number) => {
    const from = index > 0 ? format.format(positions[index - 1]!) : '';
    const to = index < positions.length ? format.format(positions[index]!) : '';
    return index === 0 ? t('calibration.interval.first', { to }) : index === positions.length ? t('calibration.interval.last', { from }) : t('calibration.interval.middle', { from, to });
  };

  const changeMode = (mode: CalibrationMode) => setSetting(suggestSetting(values, mode));

  if (values.length === 0 || !Number.isFinite(min)) {
    return <Notice tone="warning" title={t('calibration.empty', { variable })} />;
  }

  return (
    <section className={className ? `wf-cal ${className}` : 'wf-cal'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} className="wf-cal__title" id={titleId}>
        {t('calibration.title', { variable })}
      </Heading>
      <div className="wf-cal__controls">
        <label className="wf-cal__field">
          {t('calibration.mode')}
          <select value={setting.mode} onChange={(event) => changeMode(event.currentTarget.value as CalibrationMode)}>
            {modes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`calibration.mode.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        {setting.mode === 'direct' && (
          <>
            <label className="wf-cal__field">
              {t('calibration.shape')}
              <select value={setting.shape} onChange={(event) => setSetting({ ...setting, shape: event.currentTarget.value as 'logistic' | 's-shaped' })}>
                <option value="logistic">{t('calibration.shape.logistic')}</option>
                <option value="s-shaped">{t('calibration.shape.s-shaped')}</option>
              </select>
            </label>
            {setting.shape === 'logistic' && (
              <label className="wf-cal__field">
                {t('calibration.preset')}
                <select value={setting.preset} onChange={(event) => setSetting({ ...setting, preset: event.currentTarget.value as 'qca' | 'fsqca' })}>
                  <option value="qca">{t('calibration.preset.qca')}</option>
                  <option value="fsqca">{t('calibration.preset.fsqca')}</option>
                </select>
              </label>
            )}
            <label className="wf-cal__check">
              <input
                type="checkbox"
                checked={setting.anchors.e > setting.anchors.i}
                onChange={() => setSetting({ ...setting, anchors: { e: setting.anchors.i, c: setting.anchors.c, i: setting.anchors.e } })}
              />
              {t('calibration.direction')}
            </label>
          </>
        )}
      </div>

      {halfCases.length > 0 && (
        <Notice
          tone="warning"
          title={t('calibration.half.title', { count: halfCases.length })}
          issues={halfCases.map((index) => ({ path: [], message: t('calibration.half.issue', { case: caseName(index) }) }))}
          maxIssues={6}
        />
      )}
      {error && <Notice tone="error" title={t('calibration.invalid', { message: error.message })} live />}

      {/* Raw values read left to right in every language, like the axis they sit on. */}
      <div className="wf-cal__figure" dir="ltr">
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          onPointerMove={(event) => setHovered(nearestCase(event))}
          onPointerLeave={() => setHovered(null)}
          className="wf-cal__plot"
          role="img"
          aria-label={t('calibration.plot', { count: values.length, variable })}
        >
          <Group>
            {[0, 0.5, 1].map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className={tick === 0.5 ? 'wf-cal__crossline' : 'wf-cal__gridline'} />
                <text x={MARGIN.left - 8} y={y(tick)} className="wf-cal__tick" textAnchor="end" dominantBaseline="middle">
                  {formatMembership.format(tick)}
                </text>
              </g>
            ))}
            {x.ticks(6).map((tick) => (
              <text key={tick} x={x(tick)} y={HEIGHT - 8} className="wf-cal__tick" textAnchor="middle">
                {format.format(tick)}
              </text>
            ))}
            {positions.map((position, index) => (
              <line key={names[index]} x1={x(position)} x2={x(position)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} className="wf-cal__anchor-line" data-anchor={names[index]} />
            ))}
            {curve.length > 0 && <LinePath data={curve} x={(point) => x(point[0])} y={(point) => y(point[1])} className="wf-cal__curve" />}
            {rug}
            {casesPath && <path d={casesPath} className="wf-cal__dots" />}
            {halfCases.map((index) => {
              const cx = x(values[index]!);
              const cy = y(0.5);
              return <rect key={index} x={cx - 5} y={cy - 5} width={10} height={10} transform={`rotate(45 ${cx} ${cy})`} className="wf-cal__case wf-cal__case--half" />;
            })}
            {hovered !== null && memberships && <circle cx={x(values[hovered]!)} cy={y(memberships[hovered]!)} r={6} className="wf-cal__case" data-hovered />}
          </Group>
        </svg>
        <p className="wf-cal__readout" aria-live="polite">
          {hovered !== null && memberships
            ? t('calibration.case', { case: caseName(hovered), raw: format.format(values[hovered]!), membership: formatMembership.format(memberships[hovered]!) })
            : '\u00a0'}
        </p>
        <Slider.Root
          className="wf-cal__slider"
          style={{ marginInline: `${(100 * MARGIN.left) / WIDTH}% ${(100 * MARGIN.right) / WIDTH}%` }}
          min={min}
          max={max}
          step={step}
          minStepsBetweenThumbs={1}
          value={positions}
          onValueChange={(next) => setSetting((previous) => withPositions(previous, next))}
        >
          <Slider.Track className="wf-cal__track" />
          {positions.map((position, index) => (
            <Slider.Thumb
              key={names[index]}
              className="wf-cal__thumb"
              data-anchor={names[index]}
              aria-label={anchorLabel(names[index]!, index)}
              aria-valuetext={format.format(position)}
              onKeyDown={(event) => {
                // The slider sends Home to the first thumb and End to the last; here they move the thumb that has focus, as far as its neighbours allow.
                if (event.key !== 'Home' && event.key !== 'End') return;
                event.preventDefault();
                event.stopPropagation();
                // Never past a neighbour: where the gap is under a step, the thumb stays where it is.
                const to =
                  event.key === 'Home'
                    ? Math.min(position, index === 0 ? min : positions[index - 1]! + step)
                    : Math.max(position, index === positions.length - 1 ? max : positions[index + 1]! - step);
                setSetting((previous) => withPositions(previous, anchorPositions(previous).map((old, at) => (at === index ? to : old))));
              }}
            />
          ))}
        </Slider.Root>
      </div>

      <fieldset className="wf-cal__anchors">
        <legend>{t('calibration.anchors')}</legend>
        {positions.map((position, index) => (
          <AnchorInput
            key={`${setting.mode}-${names[index]}`}
            label={anchorLabel(names[index]!, index)}
            anchor={names[index]!}
            value={position}
            decimals={decimals}
            refuse={(value) => {
              // An anchor stays between its neighbours: past one it would change the calibration's direction or order, not just this anchor.
              const below = positions[index - 1];
              const above = positions[index + 1];
              if ((below === undefined || value > below) && (above === undefined || value < above)) return null;
              // The neighbours as they are, not rounded: "below 175" must not refuse 174.97.
              const low = below === undefined ? '' : exact.format(below);
              const high = above === undefined ? '' : exact.format(above);
              return below === undefined ? t('calibration.order.below', { high }) : above === undefined ? t('calibration.order.above', { low }) : t('calibration.order.between', { low, high });
            }}
            onCommit={(value) => setSetting((previous) => withPositions(previous, anchorPositions(previous).map((old, at) => (at === index ? value : old))))}
          />
        ))}
      </fieldset>

      {(setting.mode === 'assign' || setting.mode === 'indirect') && (
        <fieldset className="wf-cal__anchors">
          <legend>{t(setting.mode === 'assign' ? 'calibration.memberships' : 'calibration.targets')}</legend>
          {setting.mode === 'assign'
            ? setting.memberships.map((membership, index) => (
                <AnchorInput
                  key={`membership-${index}`}
                  label={intervalLabel(index)}
                  anchor={`m${index + 1}`}
                  value={membership}
                  decimals={3}
                  refuse={(value) => (value >= 0 && value <= 1 ? null : t('calibration.order.membership'))}
                  onCommit={(value) =>
                    setSetting((previous) => (previous.mode === 'assign' ? { ...previous, memberships: previous.memberships.map((old, at) => (at === index ? value : old)) } : previous))
                  }
                />
              ))
            : indirectTargets(positions.length).map((target, index) => (
                <p key={`target-${index}`} className="wf-cal__anchor" data-anchor={`m${index + 1}`}>
                  <span>{intervalLabel(index)}</span>
                  <output>{formatMembership.format(target)}</output>
                </p>
              ))}
          <div className="wf-cal__interval-actions">
            <button type="button" className="wf-button" onClick={() => setSetting(withThresholdAdded(setting, max))}>
              {t('calibration.addThreshold')}
            </button>
            <button type="button" className="wf-button" disabled={setting.thresholds.length <= 1} onClick={() => setSetting(withLastThresholdRemoved(setting))}>
              {t('calibration.removeThreshold')}
            </button>
          </div>
        </fieldset>
      )}

      {memberships && (
        <CaseTable
          summary={t('calibration.table.summary', { count: values.length })}
          headers={[t('calibration.table.case'), t('calibration.table.raw'), t('calibration.table.membership')]}
          rows={() =>
            memberships.map((membership, index) => ({
              name: caseName(index),
              values: [format.format(values[index]!), formatMembership.format(membership)],
              flagged: membership === 0.5,
            }))
          }
        />
      )}
    </section>
  );
});

/** A value as the field shows it: to the data's precision and a place more, without the binary noise of slider steps (52378.700000000004). */
const fieldText = (value: number, decimals: number) => String(Number(value.toFixed(Math.min(6, decimals + 1))));

/**
 * A numeric field that applies its value on Enter or leaving the field, so typing never fights the
 * slider. A value `refuse` gives a reason for stays in the field, marked and explained, and is not applied.
 */
function AnchorInput({ label, anchor, value, decimals, refuse, onCommit }: { label: string; anchor: string; value: number; decimals: number; refuse: (value: number) => string | null; onCommit: (value: number) => void }) {
  const [draft, setDraft] = useState(() => fieldText(value, decimals));
  const [focused, setFocused] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  // The anchor moved (by the slider or a setting): the field shows it, and a refusal of another value no longer holds.
  useEffect(() => {
    setProblem(null);
  }, [value]);
  useEffect(() => {
    if (!focused && problem === null) setDraft(fieldText(value, decimals));
  }, [value, decimals, focused, problem]);
  const commit = () => {
    // Leaving the field unchanged applies nothing: the value shown may be rounded from the anchor's.
    if (draft === fieldText(value, decimals)) return setProblem(null);
    const parsed = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(parsed)) {
      setProblem(null);
      setDraft(fieldText(value, decimals));
      return;
    }
    const reason = refuse(parsed);
    setProblem(reason);
    if (reason === null) onCommit(parsed);
  };
  return (
    <div className="wf-cal__anchor" data-anchor={anchor}>
      <label>
        <span>{label}</span>
        <input
          type="number"
          step="any"
          value={draft}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem !== null ? problemId : undefined}
          onFocus={() => setFocused(true)}
          onBlur={() => {
            setFocused(false);
            commit();
          }}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      </label>
      {problem !== null && (
        <p id={problemId} className="wf-cal__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

export { calibrationMessages, calibrationMessagesEs } from './messages';
export type { CalibrationMessageKey } from './messages';
export type { CalibrationMode, CalibrationSetting } from '@wayfinder/react/calibration';
