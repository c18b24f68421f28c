import type { Fishbone as FishboneValue, FishboneCause } from '@wayfinder/core/navigator/diagrams';
import { causeLocations, causeReaches, defaultFishboneCategories } from '@wayfinder/core/navigator/diagrams';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { FigureExport } from '../figure-export';
import { restoreItems, UndoNotice } from '../undo-notice';
import { withDescendants } from '../descendants';
import { causesInOrder, fishboneLayout, setAside } from './layout';
import { fishboneMessages } from './messages';

export interface FishboneProps extends TitleOptions {
  value?: FishboneValue;
  defaultValue?: FishboneValue;
  onChange?: (fishbone: FishboneValue) => void;
  /** Given, a cause can become a primary driver or a change idea of the driver diagram. */
  onPromote?: (cause: FishboneCause, kind: 'primary' | 'change') => void;
  readOnly?: boolean;
  className?: string;
}

const newId = () => globalThis.crypto.randomUUID();

type Taken<T> = { item: T; index: number }[];

/**
 * A cause-and-effect (fishbone) diagram: the problem, categories of causes (the usual ones to
 * start, renamed, added, removed), causes and the causes of them ("why?"), each tagged by the
 * equity filters — in the system's control or only its influence, about the system or about
 * students. The filtered view sets aside what the system cannot change and what places the problem
 * in students: struck through, still on record. A cause can become a driver or a change idea.
 * Edited by keyboard in an outline, drawn beside it, exported as SVG and PNG.
 */
export const Fishbone = withErrorBoundary(function Fishbone({ onPromote, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: FishboneProps) {
  const t = useTranslate(fishboneMessages);
  const announce = useAnnounce();
  const titleId = useId();
  const problemId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [fishbone, setFishbone] = useControllableState<FishboneValue>({ value: control.value, defaultValue: control.defaultValue ?? { problem: '', categories: [], causes: [] }, onChange: control.onChange });
  const [filtered, setFiltered] = useState(false);
  // What a removal took (a category with its causes, or a cause with the causes of it, at their places), to put back on Undo.
  const [removed, setRemoved] = useState<{ categories: Taken<FishboneValue['categories'][number]>; causes: Taken<FishboneCause>; name: string; id: string; serial: number } | null>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const layout = useMemo(() => fishboneLayout(fishbone, t('fishbone.problem.empty')), [fishbone, t]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // A drawing wider than its box opens on the fish's head, the problem, at the right end.
  useEffect(() => {
    const box = scrollRef.current;
    if (box) box.scrollLeft = box.scrollWidth;
  }, [layout.width]);
  useEffect(() => {
    if (focusNext === null) return;
    document.getElementById(`${titleId}-${focusNext}`)?.focus();
    setFocusNext(null);
  }, [focusNext, titleId]);

  const update = (patch: Partial<FishboneValue>) => setFishbone({ ...fishbone, ...patch });
  const patchCause = (id: string, patch: Partial<FishboneCause>) => update({ causes: fishbone.causes.map((cause) => (cause.id === id ? { ...cause, ...patch } : cause)) });
  const addCause = (categoryId: string, parentId: string | null) => {
    const cause: FishboneCause = { id: newId(), categoryId, parentId, text: '', reach: null, about: null };
    update({ causes: [...fishbone.causes, cause] });
    setFocusNext(cause.id);
  };
  /** Removes the categories and causes `gone` names, keeping them for Undo. */
  const remove = (gone: Set<string>, name: string, id: string) => {
    const taken = <T extends { id: string }>(items: readonly T[]) => items.flatMap((item, index) => (gone.has(item.id) ? [{ item, index }] : []));
    setRemoved({ categories: taken(fishbone.categories), causes: taken(fishbone.causes), name, id, serial: (removed?.serial ?? 0) + 1 });
    update({ categories: fishbone.categories.filter((category) => !gone.has(category.id)), causes: fishbone.causes.filter((cause) => !gone.has(cause.id)) });
  };
  const setAsideCauses = fishbone.causes.filter(setAside);
  const struck = (cause: FishboneCause) => filtered && setAside(cause);

  return (
    <section className={className ? `wf-fishbone ${className}` : 'wf-fishbone'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>
        {t('fishbone.title')}
      </Heading>
      <p className="wf-fishbone__help">{t('fishbone.intro')}</p>
      <label className="wf-fishbone__label" htmlFor={problemId}>
        {t('fishbone.problem')}
      </label>
      <textarea id={problemId} rows={2} value={fishbone.problem} readOnly={readOnly} onChange={(event) => update({ problem: event.currentTarget.value })} />
      <fieldset className="wf-fishbone__view">
        <legend>{t('fishbone.view')}</legend>
        <label>
          <input type="radio" name={`${titleId}-view`} checked={!filtered} onChange={() => setFiltered(false)} />
          {t('fishbone.view.all')}
        </label>
        <label>
          <input type="radio" name={`${titleId}-view`} checked={filtered} onChange={() => setFiltered(true)} />
          {t('fishbone.view.filtered')}
        </label>
      </fieldset>
      <p className="wf-fishbone__help" aria-live="polite">
        {t('fishbone.setAside', {
          count: setAsideCauses.length,
          reasons: setAsideCauses.length === 0 ? '' : t('fishbone.setAside.reasons', { outside: setAsideCauses.filter((cause) => cause.reach === 'influence' || cause.reach === 'outside').length, students: setAsideCauses.filter((cause) => cause.about === 'students').length }),
        })}
      </p>
      {removed && (
        <UndoNotice
          key={removed.serial}
          message={t('fishbone.removed', { name: removed.name })}
          undoLabel={t('fishbone.undo')}
          onUndo={() => {
            update({ categories: restoreItems(fishbone.categories, removed.categories), causes: restoreItems(fishbone.causes, removed.causes) });
            setRemoved(null);
            // Back where it was: the restored field takes the focus.
            setFocusNext(removed.id);
          }}
        />
      )}
      {fishbone.categories.length === 0 && <p className="wf-fishbone__help">{t('fishbone.empty')}</p>}
      {fishbone.categories.length === 0 && !readOnly && (
        <div>
          <button type="button" className="wf-button" onClick={() => update({ categories: defaultFishboneCategories.map((name) => ({ id: newId(), name: t(`fishbone.default.${name}`) })) })}>
            {t('fishbone.defaults')}
          </button>
        </div>
      )}
      <ol className="wf-fishbone__categories">
        {fishbone.categories.map((category, index) => {
          const label = t('fishbone.category', { number: index + 1 });
          const causes = causesInOrder(fishbone.causes, category.id);
          // Causes numbered 1, 2, …; the causes of cause 1 are 1.1, 1.2, …
          const numbers: string[] = [];
          const counters: number[] = [];
          for (const { depth } of causes) {
            counters.length = depth + 1;
            counters[depth] = (counters[depth] ?? 0) + 1;
            numbers.push(counters.map((count) => count ?? 1).join('.'));
          }
          return (
            <li key={category.id} className="wf-fishbone__category">
              <div className="wf-fishbone__row">
                <div className="wf-fishbone__text">
                  <label className="wf-fishbone__kind" htmlFor={`${titleId}-${category.id}`}>
                    {label}
                  </label>
                  <input id={`${titleId}-${category.id}`} value={category.name} readOnly={readOnly} onChange={(event) => update({ categories: fishbone.categories.map((each) => (each.id === category.id ? { ...each, name: event.currentTarget.value } : each)) })} />
                </div>
                {!readOnly && (
                  <div className="wf-fishbone__actions">
                    <button type="button" className="wf-button" onClick={() => addCause(category.id, null)}>
                      {t('fishbone.cause.add')}
                    </button>
                    <button
                      type="button"
                      className="wf-button wf-button--danger"
                      onClick={() => remove(new Set([category.id, ...fishbone.causes.filter((cause) => cause.categoryId === category.id).map((cause) => cause.id)]), category.name.trim() || label, category.id)}
                    >
                      {t('fishbone.category.remove')}
                    </button>
                  </div>
                )}
              </div>
              {causes.length > 0 && (
                <ul className="wf-fishbone__causes">
                  {causes.map(({ cause, depth }, at) => {
                    const causeLabel = `${label}, ${t('fishbone.cause', { number: numbers[at]! })}`;
                    return (
                      <li key={cause.id} className="wf-fishbone__cause" style={{ marginInlineStart: `${depth * 1.25}rem` }} data-set-aside={struck(cause) || undefined}>
                        <div className="wf-fishbone__text">
                          <label className="wf-fishbone__kind" htmlFor={`${titleId}-${cause.id}`}>
                            {causeLabel}
                            {struck(cause) && ` (${t('fishbone.setAside.mark')})`}
                          </label>
                          <input id={`${titleId}-${cause.id}`} value={cause.text} readOnly={readOnly} onChange={(event) => patchCause(cause.id, { text: event.currentTarget.value })} />
                        </div>
                        <label className="wf-fishbone__tag">
                          {t('fishbone.reach')}
                          <select value={cause.reach ?? ''} disabled={readOnly} onChange={(event) => patchCause(cause.id, { reach: (event.currentTarget.value || null) as FishboneCause['reach'] })}>
                            <option value="">{t('fishbone.reach.none')}</option>
                            {causeReaches.map((reach) => (
                              <option key={reach} value={reach}>
                                {t(`fishbone.reach.${reach}`)}
                              </option>
                            ))}
                          </select>
                        </label>
                        <label className="wf-fishbone__tag">
                          {t('fishbone.about')}
                          <select value={cause.about ?? ''} disabled={readOnly} onChange={(event) => patchCause(cause.id, { about: (event.currentTarget.value || null) as FishboneCause['about'] })}>
                            <option value="">{t('fishbone.about.none')}</option>
                            {causeLocations.map((about) => (
                              <option key={about} value={about}>
                                {t(`fishbone.about.${about}`)}
                              </option>
                            ))}
                          </select>
                        </label>
                        {!readOnly && (
                          <div className="wf-fishbone__actions" role="group" aria-label={causeLabel}>
                            <button type="button" className="wf-button" onClick={() => addCause(category.id, cause.id)}>
                              {t('fishbone.cause.why')}
                            </button>
                            {onPromote &&
                              (['primary', 'change'] as const).map((kind) => (
                                <button
                                  key={kind}
                                  type="button"
                                  className="wf-button"
                                  onClick={() => {
                                    onPromote(cause, kind);
                                    announce(t('fishbone.promoted', { cause: cause.text.trim() || causeLabel, kind }));
                                  }}
                                >
                                  {t(kind === 'primary' ? 'fishbone.promote.driver' : 'fishbone.promote.change')}
                                </button>
                              ))}
                            <button
                              type="button"
                              className="wf-button wf-button--danger"
                              onClick={() => remove(withDescendants(fishbone.causes, cause.id), cause.text.trim() || causeLabel, cause.id)}
                            >
                              {t('fishbone.cause.remove')}
                            </button>
                          </div>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {!readOnly && (
        <div>
          <button
            type="button"
            className="wf-button"
            onClick={() => {
              const category = { id: newId(), name: '' };
              update({ categories: [...fishbone.categories, category] });
              setFocusNext(category.id);
            }}
          >
            {t('fishbone.category.add')}
          </button>
        </div>
      )}
      <Heading level={Math.min(6, headingLevel + 1)} id={`${titleId}-drawing`}>
        {t('fishbone.drawing')}
      </Heading>
      <p className="wf-fishbone__help">{t('fishbone.drawing.help')}</p>
      <div ref={scrollRef} dir="ltr" className="wf-scroll-hint wf-fishbone__scroll" role="region" aria-labelledby={`${titleId}-drawing`} tabIndex={0}>
        <svg ref={svgRef} viewBox={`0 0 ${layout.width} ${layout.height}`} width={layout.width} height={layout.height} className="wf-fishbone__svg" role="img" aria-labelledby={`${titleId}-drawing`}>
          <line x1={10} x2={layout.head.x} y1={layout.spineY} y2={layout.spineY} className="wf-fishbone__spine" />
          <rect x={layout.head.x} y={layout.head.y} width={layout.head.width} height={layout.head.height} rx={8} className="wf-fishbone__head" />
          <text x={layout.head.x + 10} y={layout.head.y + 8} className="wf-fishbone__head-text">
            {layout.head.lines.map((line, index) => (
              <tspan key={index} x={layout.head.x + 10} dy={index === 0 ? 13 : 15}>
                {line}
              </tspan>
            ))}
          </text>
          {layout.bones.map((bone) => (
            <g key={bone.categoryId}>
              <line x1={bone.x1} y1={bone.y1} x2={bone.x2} y2={bone.y2} className="wf-fishbone__bone" />
              <text x={bone.x2} y={bone.y2 < bone.y1 ? bone.y2 - 6 : bone.y2 + 14} textAnchor="middle" className="wf-fishbone__bone-name">
                {bone.name}
              </text>
              {bone.lines.map((line) => {
                const cause = fishbone.causes.find((each) => each.id === line.causeId)!;
                return (
                  <text key={line.causeId} x={line.x} y={line.y} textAnchor="end" className="wf-fishbone__line" data-set-aside={struck(cause) || undefined} textDecoration={struck(cause) ? 'line-through' : undefined}>
                    {/* A cause cut short in the drawing shows whole on hover. */}
                    <title>{cause.text}</title>
                    {line.text}
                  </text>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
      <FigureExport svg={svgRef} fileName="fishbone" labels={{ svg: t('fishbone.export.svg'), png: t('fishbone.export.png'), failed: t('fishbone.export.failed') }} className="wf-fishbone__export" />
    </section>
  );
});

export { fishboneMessages, fishboneMessagesEs } from './messages';
export type { FishboneMessageKey } from './messages';
