import { isWayfinderError } from '@wayfinder/core/errors';
import type { Coding, GridPoint, Logic, Quadrant } from '@wayfinder/core/logics';
import { gridLogics, gridPoints, groupValues, logicRange, scoreCoding } from '@wayfinder/core/logics';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import type { PlacedPoint } from '@wayfinder/react/logic-grid';
import { directionOfKey, layoutPoints, nearestInDirection } from '@wayfinder/react/logic-grid';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import type { KeyboardEvent } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import { CaseTable } from '../case-table';
import { Notice } from '../notice';
import { RespondentDetails } from './details';
import { logicGridMessages } from './messages';
import { groupStyle, shapePath } from './shapes';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';

export interface LogicScoreGridProps extends Pick<TitleOptions, 'headingLevel'> {
  coding: Pick<Coding, 'scheme' | 'respondents' | 'segments' | 'counts'>;
  /** Score one coder's material only; by default all material counts. */
  coder?: string;
  /** Logic ids across (x) and up (y); by default the scheme's first two logics. */
  x?: string;
  y?: string;
  /** A grouping of respondents (e.g. `site`, `role`) that sets each marker's colour and shape. */
  colorBy?: string;
  /** Names for the quadrants in the host's words, e.g. `{ 'high-high': 'Equity-minded improvers' }`. */
  quadrantLabels?: Partial<Record<Exclude<Quadrant, 'on-axis'>, string>>;
  /** The respondent kept open (pinned) in the details, by id; controlled when given. */
  selected?: string | null;
  defaultSelected?: string | null;
  onSelectedChange?: (respondentId: string | null) => void;
  className?: string;
}

const groupOfPoint = (point: GridPoint, grouping: string | undefined) => (grouping ? (point.respondent.groups[grouping] ?? '') : '');

const MAX_CELL = 60;
const MAX_PLOT = 430;
const MARGIN = { left: 44, right: 12, top: 12, bottom: 40 };

/**
 * The logic-score grid: each respondent in the cell of their two logic scores (−n..+n on each axis),
 * markers spread inside a shared cell so none hides another, quadrants labelled, groups told apart
 * by colour and shape. Hover, focus or select a marker to read the excerpts behind the scores; the
 * arrow keys move between respondents by position on screen.
 */
export const LogicScoreGrid = withErrorBoundary(function LogicScoreGrid(props: LogicScoreGridProps) {
  const t = useTranslate(logicGridMessages);
  const { coding, x, y, className } = props;
  const axes = useMemo(() => {
    try {
      return gridLogics(coding.scheme, { x, y });
    } catch (error) {
      if (isWayfinderError(error)) return error;
      throw error;
    }
  }, [coding.scheme, x, y]);
  if (isWayfinderError(axes)) return <Notice tone="error" title={axes.message} className={className} />;
  if (coding.respondents.length === 0) return <Notice tone="info" title={t('logicGrid.empty')} className={className} />;
  return <Grid {...props} axes={axes} />;
});

function Grid({ coding, coder, axes, colorBy, quadrantLabels = {}, className, headingLevel = 3, ...control }: LogicScoreGridProps & { axes: { x: Logic; y: Logic } }) {
  const t = useTranslate(logicGridMessages);
  const { locale } = useLocale();
  const announce = useAnnounce();
  const titleId = useId();
  const descriptionId = useId();
  const [selected, setSelected] = useControllableState<string | null>({ value: control.selected, defaultValue: control.defaultSelected ?? null, onChange: control.onSelectedChange });
  const [focused, setFocused] = useState<number | null>(null);
  // Coming back to the grid with Tab lands on the respondent last visited, as in any roving tab stop.
  const [visited, setVisited] = useState<number | null>(null);
  const [hovered, setHovered] = useState<number | null>(null);
  const markers = useRef<Array<SVGGElement | null>>([]);
  const side = useRef<HTMLDivElement>(null);
  const inSide = (target: EventTarget | null) => target instanceof Node && side.current !== null && side.current.contains(target);

  const signedFormat = useMemo(() => new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }), [locale]);
  const signed = (value: number) => signedFormat.format(value);
  const scores = useMemo(() => scoreCoding(coding, { coder }), [coding, coder]);
  const groups = useMemo(() => (colorBy ? groupValues(coding.respondents, colorBy) : []), [coding.respondents, colorBy]);
  const groupOf = (point: GridPoint) => groupOfPoint(point, colorBy);

  const rangeX = logicRange(axes.x);
  const rangeY = logicRange(axes.y);
  const columns = rangeX.max - rangeX.min + 1;
  const rows = rangeY.max - rangeY.min + 1;
  const cell = Math.min(MAX_CELL, MAX_PLOT / Math.max(columns, rows));
  const width = MARGIN.left + columns * cell + MARGIN.right;
  const height = MARGIN.top + rows * cell + MARGIN.bottom;
  // Score → centre of its cell; the outer cells reach the plot's edges half a step beyond −n and +n.
  const scaleX = useMemo(() => scaleLinear({ domain: [rangeX.min - 0.5, rangeX.max + 0.5], range: [MARGIN.left, MARGIN.left + columns * cell] }), [rangeX.min, rangeX.max, columns, cell]);
  const scaleY = useMemo(() => scaleLinear({ domain: [rangeY.min - 0.5, rangeY.max + 0.5], range: [MARGIN.top + rows * cell, MARGIN.top] }), [rangeY.min, rangeY.max, rows, cell]);
  const originX = scaleX(0);
  const originY = scaleY(0);

  const all = useMemo(() => gridPoints(scores, axes), [scores, axes]);
  const placedScores = scores.filter((entry) => entry.coded);
  const placed: PlacedPoint[] = useMemo(
    () =>
      layoutPoints(
        all.filter((point) => point.coded),
        { originX, originY, cell, maxRadius: Math.min(9, cell / 5) },
        colorBy ? (a, b) => groups.indexOf(groupOfPoint(a, colorBy)) - groups.indexOf(groupOfPoint(b, colorBy)) : undefined,
      ),
    [all, originX, originY, cell, colorBy, groups],
  );
  const uncoded = all.filter((point) => !point.coded);
  // Reading order for Home/End and the tab stop: top row first, then left to right.
  const reading = useMemo(() => placed.map((point) => point.index).sort((a, b) => placed[a]!.cy - placed[b]!.cy || placed[a]!.cx - placed[b]!.cx), [placed]);

  const selectedIndex = placed.findIndex((point) => point.respondent.id === selected);
  const shown = selectedIndex >= 0 ? selectedIndex : (focused ?? hovered);
  const tabStop = selectedIndex >= 0 ? selectedIndex : (focused ?? (visited !== null && visited < placed.length ? visited : null) ?? reading[0] ?? -1);
  const name = (point: GridPoint) => point.respondent.label || point.respondent.id;
  const quadrantText = (quadrant: Quadrant) =>
    quadrant !== 'on-axis' && quadrantLabels[quadrant] ? quadrantLabels[quadrant]! : t(`logicGrid.quadrant.${quadrant}`, { x: axes.x.label, y: axes.y.label });
  const markerLabel = (point: PlacedPoint) =>
    t('logicGrid.marker', {
      name: name(point),
      group: colorBy && groupOf(point) ? t('logicGrid.markerGroup', { group: groupOf(point) }) : '',
      x: axes.x.label,
      xScore: signed(point.x),
      y: axes.y.label,
      yScore: signed(point.y),
      quadrant: quadrantText(point.quadrant),
      slot: point.slot,
      count: point.cellCount,
    });

  const moveTo = (index: number) => {
    setFocused(index);
    markers.current[index]?.focus();
  };
  const toggle = (point: PlacedPoint) => {
    const pinning = selected !== point.respondent.id;
    setSelected(pinning ? point.respondent.id : null);
    announce(t(pinning ? 'logicGrid.pinned' : 'logicGrid.unpinned', { name: name(point) }));
  };
  const onKeyDown = (event: KeyboardEvent, point: PlacedPoint) => {
    const direction = directionOfKey(event.key);
    if (direction) {
      event.preventDefault();
      const next = nearestInDirection(placed, point.index, direction);
      if (next === null) announce(t('logicGrid.edge', { direction }));
      else moveTo(next);
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      moveTo(event.key === 'Home' ? reading[0]! : reading[reading.length - 1]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(point);
    } else if (event.key === 'Escape' && selected !== null) {
      setSelected(null);
    }
  };

  const ticksX = Array.from({ length: columns }, (_, i) => rangeX.min + i);
  const ticksY = Array.from({ length: rows }, (_, i) => rangeY.min + i);
  const cellX = (score: number) => scaleX(score - 0.5);
  const cellY = (score: number) => scaleY(score + 0.5);
  const quadrantCorners: Array<[Exclude<Quadrant, 'on-axis'>, number, number, 'start' | 'end']> = [
    ['low-high', MARGIN.left + 4, MARGIN.top + 14, 'start'],
    ['high-high', width - MARGIN.right - 4, MARGIN.top + 14, 'end'],
    ['low-low', MARGIN.left + 4, height - MARGIN.bottom - 20, 'start'],
    ['high-low', width - MARGIN.right - 4, height - MARGIN.bottom - 20, 'end'],
  ];
  const shownPoint = shown !== null && shown >= 0 ? placed[shown] : undefined;

  return (
    <figure className={className ? `wf-logic-grid ${className}` : 'wf-logic-grid'} aria-labelledby={titleId}>
      <figcaption className="wf-logic-grid__caption">
        <span className="wf-logic-grid__title" id={titleId}>
          {t('logicGrid.title', { x: axes.x.label, y: axes.y.label })}
        </span>{' '}
        <span className="wf-logic-grid__count">({t('logicGrid.count', { count: placed.length })})</span>
      </figcaption>
      <p className="wf-logic-grid__description" id={descriptionId}>
        {t('logicGrid.description', { x: axes.x.label, y: axes.y.label, min: signed(Math.min(rangeX.min, rangeY.min)), max: signed(Math.max(rangeX.max, rangeY.max)) })}
      </p>
      <div className="wf-logic-grid__body">
        <div dir="ltr" className="wf-logic-grid__figure">
          <svg viewBox={`0 0 ${width} ${height}`} className="wf-logic-grid__plot" role="group" aria-labelledby={titleId} aria-describedby={descriptionId} onPointerLeave={() => setHovered(null)}>
            {ticksY.map((scoreY) =>
              ticksX.map((scoreX) => (
                <rect
                  key={`${scoreX},${scoreY}`}
                  x={cellX(scoreX)}
                  y={cellY(scoreY)}
                  width={cell}
                  height={cell}
                  className="wf-logic-grid__cell"
                  data-zone={scoreX === 0 || scoreY === 0 ? 'axis' : `${scoreX > 0 ? 'high' : 'low'}-${scoreY > 0 ? 'high' : 'low'}`}
                />
              )),
            )}
            {quadrantCorners.map(([quadrant, qx, qy, anchor]) => {
              const [xLevel, yLevel] = quadrant.split('-') as ['high' | 'low', 'high' | 'low'];
              const custom = quadrantLabels[quadrant];
              return (
                <text key={quadrant} x={qx} y={qy} textAnchor={anchor} className="wf-logic-grid__quadrant" aria-hidden="true">
                  {custom ? (
                    custom
                  ) : (
                    <>
                      <tspan x={qx}>{t('logicGrid.level', { logic: axes.x.label, level: xLevel })}</tspan>
                      <tspan x={qx} dy="1.15em">
                        {t('logicGrid.level', { logic: axes.y.label, level: yLevel })}
                      </tspan>
                    </>
                  )}
                </text>
              );
            })}
            {ticksX.map((score) => (
              <text key={score} x={scaleX(score)} y={MARGIN.top + rows * cell + 14} textAnchor="middle" className="wf-logic-grid__tick" aria-hidden="true">
                {signed(score)}
              </text>
            ))}
            {ticksY.map((score) => (
              <text key={score} x={MARGIN.left - 6} y={scaleY(score)} textAnchor="end" dominantBaseline="middle" className="wf-logic-grid__tick" aria-hidden="true">
                {signed(score)}
              </text>
            ))}
            <text x={MARGIN.left + (columns * cell) / 2} y={height - 6} textAnchor="middle" className="wf-logic-grid__axis-label" aria-hidden="true">
              {axes.x.label}
            </text>
            <text x={12} y={MARGIN.top + (rows * cell) / 2} textAnchor="middle" transform={`rotate(-90 12 ${MARGIN.top + (rows * cell) / 2})`} className="wf-logic-grid__axis-label" aria-hidden="true">
              {axes.y.label}
            </text>
            <Group role="group" aria-label={t('logicGrid.respondents')}>
              {placed.map((point) => {
                const style = groupStyle(Math.max(0, groups.indexOf(groupOf(point))));
                const active = shown === point.index;
                return (
                  <g
                    key={point.respondent.id}
                    role="button"
                    ref={(element) => {
                      markers.current[point.index] = element;
                    }}
                    className="wf-logic-grid__marker"
                    data-active={active || undefined}
                    data-selected={selectedIndex === point.index || undefined}
                    tabIndex={point.index === tabStop ? 0 : -1}
                    aria-label={markerLabel(point)}
                    aria-pressed={selectedIndex === point.index}
                    onFocus={() => {
                      setFocused(point.index);
                      setVisited(point.index);
                    }}
                    onBlur={(event) => {
                      // Reading the details (Tab into them) keeps them: they are about this respondent.
                      if (!inSide(event.relatedTarget)) setFocused((current) => (current === point.index ? null : current));
                    }}
                    onPointerEnter={() => setHovered(point.index)}
                    onClick={() => toggle(point)}
                    onKeyDown={(event) => onKeyDown(event, point)}
                  >
                    {active && <circle cx={point.cx} cy={point.cy} r={point.r + 4} className="wf-logic-grid__ring" />}
                    <path d={shapePath(style.shape, point.cx, point.cy, point.r)} style={{ fill: style.color }} className="wf-logic-grid__shape" />
                  </g>
                );
              })}
            </Group>
          </svg>
        </div>
        <div
          className="wf-logic-grid__side"
          ref={side}
          onBlur={(event) => {
            if (!inSide(event.relatedTarget)) setFocused(null);
          }}
        >
          {shownPoint ? (
            <RespondentDetails
              coding={coding}
              scores={placedScores[shownPoint.index]!}
              coder={coder}
              signed={signed}
              onClose={
                selectedIndex >= 0
                  ? () => {
                      // The close button goes with the details: focus returns to the respondent they were about.
                      setSelected(null);
                      moveTo(selectedIndex);
                    }
                  : undefined
              }
              headingLevel={headingLevel}
            />
          ) : (
            <p className="wf-logic-grid__hint">{t('logicGrid.details.hint')}</p>
          )}
        </div>
      </div>
      {colorBy && groups.length > 0 && (
        <div className="wf-logic-grid__legend">
          <p className="wf-logic-grid__legend-title">{t('logicGrid.legend', { grouping: colorBy })}</p>
          <ul>
            {groups.map((group, index) => {
              const style = groupStyle(index);
              return (
                <li key={group}>
                  <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
                    <path d={shapePath(style.shape, 8, 8, 5.5)} style={{ fill: style.color }} className="wf-logic-grid__shape" />
                  </svg>
                  {t('logicGrid.legend.count', { group: group || t('logicGrid.legend.none'), count: placed.filter((point) => groupOf(point) === group).length })}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {uncoded.length > 0 && <p className="wf-logic-grid__uncoded">{t('logicGrid.uncoded', { count: uncoded.length, names: uncoded.map(name).join(', ') })}</p>}
      <CaseTable
        summary={t('logicGrid.table.summary', { count: placed.length })}
        headers={[t('logicGrid.table.respondent'), ...(colorBy ? [t('logicGrid.table.group')] : []), axes.x.label, axes.y.label, t('logicGrid.table.quadrant')]}
        rows={() => placed.map((point) => ({ name: name(point), values: [...(colorBy ? [groupOf(point)] : []), signed(point.x), signed(point.y), quadrantText(point.quadrant)] }))}
      />
    </figure>
  );
}

export { logicGridMessages, logicGridMessagesEs } from './messages';
export type { LogicGridMessageKey } from './messages';
