import type { Issue } from '@wayfinder/core/errors';
import { useAnnounce, visuallyHidden } from '@wayfinder/react/announcer';
import { useGridNavigation } from '@wayfinder/react/grid-navigation';
import { useLocale, useTranslate } from '@wayfinder/react/messages';
import type {
  OverrideValue,
  Overrides,
  SortColumn,
  TruthTableFilter,
  TruthTableViewCondition,
  TruthTableViewRow,
  UseTruthTableOptions,
} from '@wayfinder/react/truth-table';
import { useTruthTable } from '@wayfinder/react/truth-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import { BreakAfter } from '../break-after';
import { useFitFormat } from '../fit-format';
import { Notice } from '../notice';
import { truthTableMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';

export interface HalfMembershipCase {
  case: string;
  conditions: readonly string[];
}

/** Sort, filter, overrides and the highlighted term are the state `useTruthTable` holds, each controlled or not. */
export interface TruthTableViewerProps extends UseTruthTableOptions {
  conditions: readonly TruthTableViewCondition[];
  /** Accessible name of the grid; defaults to "Truth table". */
  label?: string;
  /** How the highlighted term is written, for the summary and screen readers. */
  highlightLabel?: string;
  /** Cases with a membership of exactly 0.5 (the engine's `halfMemberships`): warned about above the table. */
  halfMemberships?: readonly HalfMembershipCase[];
  /** No table yet (`empty`), or one being built (`loading`); rows are ignored then. */
  status?: 'ready' | 'loading' | 'empty';
  /** Why the table could not be built (e.g. the engine's error): shown instead of the grid. */
  error?: Error | string;
  /** Without overrides the OUT column is read-only. */
  readOnly?: boolean;
  /** Height of the scrolling body in pixels. */
  height?: number;
  rowHeight?: number;
  className?: string;
}

const OUT_VALUES: readonly OverrideValue[] = ['1', '0', 'C'];
const NO_ROWS: readonly TruthTableViewRow[] = [];

/**
 * A condition column wide enough for its name in bold with the sort mark (about 0.75 rem a
 * capital, 0.6 rem another character), between the width of a chip and 10 rem; a longer name
 * wraps onto a second line.
 */
const conditionColumnRem = (name: string) => {
  const text = [...name].reduce((width, character) => width + (character !== character.toLowerCase() ? 0.75 : 0.6), 0);
  return Math.min(10, Math.max(4.75, Math.ceil((text + 2.25) * 4) / 4));
};

/**
 * A truth table as an ARIA grid: sortable columns, filters, per-row OUT overrides with a visible
 * mark and undo, rows of a chosen term highlighted. Rows are virtualized, so tens of thousands
 * mount at once and only the visible ones are in the DOM; arrow keys, Home/End and PageUp/PageDown
 * move through all of them.
 */
export const TruthTableViewer = withErrorBoundary(function TruthTableViewer(props: TruthTableViewerProps) {
  const { conditions, label, highlightLabel, halfMemberships = [], status = 'ready', error, readOnly = false, height = 420, rowHeight = 36, className } = props;
  const t = useTranslate(truthTableMessages);
  const { locale, dir } = useLocale();
  const announce = useAnnounce();
  const table = useTruthTable({ ...props, rows: status === 'ready' ? props.rows : NO_ROWS });
  const [history, setHistory] = useState<{ row: TruthTableViewRow; before: Overrides }[]>([]);
  const captionId = useId();
  const show = useFitFormat();

  const columns: { key: SortColumn; title: string }[] = [
    { key: 'id', title: t('truthTable.column.id') },
    ...conditions.map((condition, index) => ({ key: `condition:${index}` as SortColumn, title: condition.label ?? condition.name })),
    { key: 'OUT', title: t('truthTable.column.OUT') },
    { key: 'n', title: t('truthTable.column.n') },
    { key: 'incl', title: t('truthTable.column.incl') },
    { key: 'PRI', title: t('truthTable.column.PRI') },
    { key: 'cases', title: t('truthTable.column.cases') },
  ];
  const outColumn = conditions.length + 1;
  const pageSize = Math.max(1, Math.floor(height / rowHeight) - 1);
  const grid = useGridNavigation({ rowCount: table.rows.length + 1, columnCount: columns.length, pageSize }, dir === 'rtl');

  const gridRef = useRef<HTMLDivElement>(null);
  // The grid scrolls both ways under a sticky header of fixed height, which the virtualizer skips.
  const headerHeight = 52;
  const virtualizer = useVirtualizer({
    count: table.rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  useEffect(() => {
    if (grid.focusVersion === 0) return;
    const { row, column } = grid.active;
    if (row > 0) virtualizer.scrollToIndex(row - 1);
    // The row may only exist after the virtualizer has rendered it.
    const frame = requestAnimationFrame(() => gridRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [grid.focusVersion]);

  const setOverride = (row: TruthTableViewRow, value: OverrideValue | null) => {
    setHistory((previous) => [...previous.slice(-49), { row, before: table.overrides }]);
    table.setOverride(row, value);
    announce(t('truthTable.out.announce', { id: row.id, value: value ?? row.OUT }));
  };
  const undo = () => {
    const last = history[history.length - 1];
    if (!last) return;
    setHistory((previous) => previous.slice(0, -1));
    table.setOverrides(last.before);
    announce(t('truthTable.undone', { id: last.row.id, value: last.before[last.row.id] ?? last.row.OUT }));
  };
  const sortBy = (column: SortColumn, title: string) => {
    const direction = table.sort.column === column && table.sort.direction === 'ascending' ? 'descending' : 'ascending';
    table.toggleSort(column);
    announce(t('truthTable.sorted', { column: title, direction }));
  };

  const focusProps = (row: number, column: number) => ({
    'data-cell': `${row}:${column}`,
    tabIndex: grid.isActive(row, column) ? 0 : -1,
    onFocus: () => grid.setActive({ row, column }),
  });

  const conditionWidths = conditions.map((condition) => conditionColumnRem(condition.label ?? condition.name));
  // Row numbers of many conditions run to eight digits and more (about 0.65 rem each, with the cell's padding).
  const rowRem = Math.max(4.75, 1.5 + 0.65 * String(table.rows.reduce((widest, row) => Math.max(widest, row.id), 0)).length);
  const template = `${rowRem}rem ${conditionWidths.map((width) => `minmax(${width}rem, 1fr)`).join(' ')} 6.5rem 3.5rem 4.5rem 4.5rem minmax(8rem, 3fr)`;
  const minWidth = `${rowRem + conditionWidths.reduce((sum, width) => sum + width, 0) + 6.5 + 3.5 + 4.5 + 4.5 + 8}rem`;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const halfIssues: Issue[] = halfMemberships.map((item) => ({ path: [], message: t('truthTable.half.issue', { case: item.case, conditions: list.format(item.conditions), count: item.conditions.length }) }));

  let body: ReactNode;
  if (status !== 'ready' || table.rows.length === 0) {
    const text = status === 'loading' ? t('truthTable.loading') : status === 'empty' || table.total === 0 ? t('truthTable.empty') : t('truthTable.noRows');
    body = (
      <div role="row" aria-rowindex={2} className="wf-tt__row wf-tt__row--message">
        <div role="gridcell" aria-colspan={columns.length} className="wf-tt__message" {...focusProps(1, 0)}>
          {text}
        </div>
      </div>
    );
  } else {
    body = (
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = table.rows[item.index]!;
          const gridRow = item.index + 1;
          const out = table.outOf(row);
          const overridden = table.isOverridden(row);
          const inTerm = table.highlighted.has(row.id);
          return (
            <div
              key={row.id}
              role="row"
              aria-rowindex={gridRow + 1}
              className="wf-tt__row"
              data-highlighted={inTerm || undefined}
              data-out={out}
              style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start - headerHeight}px)` }}
            >
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--id" {...focusProps(gridRow, 0)}>
                {row.id}
                {inTerm && highlightLabel && <span style={visuallyHidden}>, {t('truthTable.inTerm', { term: highlightLabel })}</span>}
              </div>
              {row.values.map((value, index) => (
                <div key={index} role="gridcell" className="wf-tt__cell wf-tt__cell--value" {...focusProps(gridRow, index + 1)}>
                  {conditions[index]!.dontCare && value === conditions[index]!.levels ? (
                    // Temporal QCA's "don't care": the condition does not apply to the row's cases.
                    <span className="wf-tt__chip" data-value="dont-care" title={t('truthTable.dontCare')}>
                      <span aria-hidden="true">–</span>
                      <span style={visuallyHidden}>{t('truthTable.dontCare')}</span>
                    </span>
                  ) : (
                    <span className="wf-tt__chip" data-value={conditions[index]!.levels === 2 ? value : 'level'}>
                      {value}
                    </span>
                  )}
                </div>
              ))}
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--out" data-overridden={overridden || undefined} {...(readOnly || out === '?' ? focusProps(gridRow, outColumn) : {})}>
                {readOnly || out === '?' ? (
                  <OutLabel out={out} was={overridden ? t('truthTable.out.was', { value: row.OUT }) : undefined} remainder={t('truthTable.remainder')} />
                ) : (
                  <OutMenu
                    out={out}
                    overridden={overridden}
                    focus={focusProps(gridRow, outColumn)}
                    label={t('truthTable.out.change', { id: row.id })}
                    was={overridden ? t('truthTable.out.was', { value: row.OUT }) : undefined}
                    setLabel={(value) => t('truthTable.out.set', { value })}
                    resetLabel={t('truthTable.out.reset', { value: row.OUT })}
                    onSet={(value) => setOverride(row, value)}
                  />
                )}
              </div>
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--number" {...focusProps(gridRow, outColumn + 1)}>
                {row.n}
              </div>
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--number" {...focusProps(gridRow, outColumn + 2)}>
                {show(row.incl)}
              </div>
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--number" {...focusProps(gridRow, outColumn + 3)}>
                {show(row.PRI)}
              </div>
              <div role="gridcell" className="wf-tt__cell wf-tt__cell--cases" title={row.cases.join(', ')} {...focusProps(gridRow, outColumn + 4)}>
                {row.cases.join(', ')}
              </div>
            </div>
          );
        })}
      </div>
    );
  }

  if (error) {
    const issues = typeof error === 'string' ? [] : ((error as Error & { issues?: Issue[] }).issues ?? []);
    return (
      <div className={className ? `wf-tt ${className}` : 'wf-tt'}>
        <Notice tone="error" title={t('truthTable.error', { message: typeof error === 'string' ? error : error.message })} issues={issues} />
      </div>
    );
  }

  return (
    <div className={className ? `wf-tt ${className}` : 'wf-tt'}>
      {halfIssues.length > 0 && <Notice tone="warning" title={t('truthTable.half.title', { count: halfIssues.length })} issues={halfIssues} maxIssues={8}>
          <p>{t('truthTable.half.advice')}</p>
        </Notice>}
      <div className="wf-tt__toolbar">
        <label className="wf-tt__check">
          <input
            type="checkbox"
            checked={table.filter.hideRemainders}
            onChange={(event) => table.setFilter({ ...table.filter, hideRemainders: event.currentTarget.checked })}
          />
          {t('truthTable.filter.hideRemainders')}
        </label>
        <label className="wf-tt__select">
          {t('truthTable.filter.only')}
          <select value={table.filter.only} onChange={(event) => table.setFilter({ ...table.filter, only: event.currentTarget.value as TruthTableFilter['only'] })}>
            <option value="all">{t('truthTable.filter.all')}</option>
            <option value="contradictions">{t('truthTable.filter.contradictions')}</option>
            <option value="positive">{t('truthTable.filter.positive')}</option>
          </select>
        </label>
        {!readOnly && (
          <button type="button" className="wf-tt__undo" onClick={undo} disabled={history.length === 0}>
            {t('truthTable.undo')}
          </button>
        )}
        <p className="wf-tt__summary" id={captionId}>
          {t('truthTable.summary', { shown: table.rows.length, total: table.total })}
          {highlightLabel && table.highlighted.size > 0 && <> · {t('truthTable.highlighted', { count: table.highlighted.size, term: highlightLabel })}</>}
        </p>
      </div>
      <div
        ref={gridRef}
        role="grid"
        aria-label={label ?? t('truthTable.label')}
        aria-describedby={captionId}
        aria-rowcount={table.rows.length + 1}
        aria-colcount={columns.length}
        aria-busy={status === 'loading' || undefined}
        className="wf-tt__grid"
        style={{ height: height + headerHeight }}
        onKeyDown={grid.onKeyDown}
      >
        <div role="rowgroup" className="wf-tt__head" style={{ minWidth }}>
          <div role="row" aria-rowindex={1} className="wf-tt__row wf-tt__row--head" style={{ gridTemplateColumns: template, height: headerHeight }}>
            {columns.map((column, index) => {
              const sorted = table.sort.column === column.key ? table.sort.direction : undefined;
              return (
                <div key={column.key} role="columnheader" aria-sort={sorted ?? 'none'} className="wf-tt__cell wf-tt__cell--head">
                  <button type="button" className="wf-tt__sort" title={column.title} onClick={() => sortBy(column.key, column.title)} {...focusProps(0, index)}>
                    <span className="wf-tt__sort-title">
                      {/* Two lines of a narrow column: TEACHER_RETENTION breaks after its "_", not inside a word. */}
                      <BreakAfter text={column.title} marks="_.-" />
                    </span>
                    <span aria-hidden="true" className="wf-tt__sort-mark">
                      {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : ''}
                    </span>
                  </button>
                </div>
              );
            })}
          </div>
        </div>
        <div role="rowgroup" className="wf-tt__body" style={{ minWidth }}>
          {body}
        </div>
      </div>
    </div>
  );
});

interface OutMenuProps {
  out: OverrideValue;
  overridden: boolean;
  focus: Record<string, unknown>;
  label: string;
  was: string | undefined;
  setLabel: (value: OverrideValue) => string;
  resetLabel: string;
  onSet: (value: OverrideValue | null) => void;
}

/**
 * The OUT cell: a button that opens, in place, a small group of choices (1, 0, C, and back to the
 * computed value). Left/right move between them, Enter or a click chooses, Escape closes; focus
 * returns to the button. Kept in the cell rather than in a floating menu, which would cost the
 * widget a positioning library for three buttons.
 */
function OutMenu({ out, overridden, focus, label, was, setLabel, resetLabel, onSet }: OutMenuProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) groupRef.current?.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => buttonRef.current?.focus());
  };
  const choose = (value: OverrideValue | null) => {
    onSet(value);
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const choices = [...(groupRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    const at = choices.indexOf(document.activeElement as HTMLElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (event.key === 'Escape') close();
    else if (step !== undefined) choices[(at + step + choices.length) % choices.length]?.focus();
    else if (event.key === 'Home' || event.key === 'End') choices[event.key === 'Home' ? 0 : choices.length - 1]?.focus();
    else if (event.key !== 'Tab') return;
    // Inside the choices, these keys belong to the choices, not to the grid around them.
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };
  return (
    <>
      <button ref={buttonRef} type="button" className="wf-tt__out-button" aria-expanded={open} onClick={() => setOpen(!open)} {...focus}>
        <span style={visuallyHidden}>{label} </span>
        <OutLabel out={out} was={was} />
      </button>
      {open && (
        <div
          ref={groupRef}
          role="group"
          aria-label={label}
          className="wf-tt__out-editor"
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
          }}
        >
          {OUT_VALUES.map((value) => (
            <button key={value} type="button" tabIndex={-1} aria-pressed={value === out} className="wf-tt__out-choice" onClick={() => choose(value)}>
              {setLabel(value)}
            </button>
          ))}
          {overridden && (
            <button type="button" tabIndex={-1} className="wf-tt__out-choice" onClick={() => choose(null)}>
              {resetLabel}
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** OUT as a chip; an overridden value says what it was, a remainder says so to screen readers. */
function OutLabel({ out, was, remainder }: { out: string; was?: string | undefined; remainder?: string }) {
  return (
    <>
      <span className="wf-tt__out" data-out={out}>
        {out}
      </span>
      {out === '?' && remainder && <span style={visuallyHidden}> {remainder}</span>}
      {was && <span className="wf-tt__was"> ({was})</span>}
    </>
  );
}

export { truthTableMessages, truthTableMessagesEs } from './messages';
export type { TruthTableMessageKey } from './messages';
export type { Overrides, TruthTableFilter, TruthTableSort, TruthTableViewCondition, TruthTableViewRow } from '@wayfinder/react/truth-table';
