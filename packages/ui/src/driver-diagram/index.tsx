import type { DriverDiagram as DriverDiagramValue, DriverNode } from '@wayfinder/core/navigator/diagrams';
import { childKind } from '@wayfinder/core/navigator/diagrams';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { FigureExport } from '../figure-export';
import { restoreItems, UndoNotice } from '../undo-notice';
import { withDescendants } from '../descendants';
import { driverLayout } from './layout';
import { driverDiagramMessages } from './messages';
import { CheckList, OptionalSelect } from '../choice-fields';

export interface DriverDiagramProps extends TitleOptions {
  value?: DriverDiagramValue;
  defaultValue?: DriverDiagramValue;
  onChange?: (diagram: DriverDiagramValue) => void;
  /** Strategies a change idea may carry out. */
  strategies?: readonly { id: string; name: string }[];
  /** Measures a node may be tracked by. */
  measures?: readonly { id: string; name: string }[];
  /** PDSA cycles a change idea may be tested in. */
  cycles?: readonly { id: string; name: string }[];
  /** The trip ticket's destination, offered as the aim. */
  destination?: string;
  readOnly?: boolean;
  className?: string;
}

const newId = () => globalThis.crypto.randomUUID();

/**
 * A driver diagram (aim → primary drivers → secondary drivers → change ideas), edited as an
 * outline every part of which works by keyboard (add, rename, move up and down or under another
 * driver, remove with undo) and drawn beside it without overlaps at any size; a change idea links
 * to a strategy, to measures and to the PDSA cycles that test it. Exports SVG and PNG.
 */
export const DriverDiagram = withErrorBoundary(function DriverDiagram({ strategies = [], measures = [], cycles = [], destination, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: DriverDiagramProps) {
  const t = useTranslate(driverDiagramMessages);
  const titleId = useId();
  const aimId = useId();
  const svgRef = useRef<SVGSVGElement>(null);
  const [diagram, setDiagram] = useControllableState<DriverDiagramValue>({ value: control.value, defaultValue: control.defaultValue ?? { aim: '', nodes: [] }, onChange: control.onChange });
  // What a removal took (the node and what hung from it, at their places), to put back on Undo.
  const [removed, setRemoved] = useState<{ nodes: { item: DriverNode; index: number }[]; name: string; id: string; serial: number } | null>(null);
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const { nodes } = diagram;
  const layout = useMemo(() => driverLayout(diagram.aim, nodes, t('drivers.aim.empty')), [diagram.aim, nodes, t]);
  useEffect(() => {
    if (focusNext === null) return;
    document.getElementById(`${titleId}-${focusNext}`)?.focus();
    setFocusNext(null);
  }, [focusNext, titleId]);

  const setNodes = (next: DriverNode[]) => setDiagram({ ...diagram, nodes: next });
  const patch = (id: string, change: Partial<DriverNode>) => setNodes(nodes.map((node) => (node.id === id ? { ...node, ...change } : node)));
  const add = (parent: DriverNode | null) => {
    const node: DriverNode = { id: newId(), kind: childKind(parent), parentId: parent?.id ?? null, text: '', strategyId: null, measureIds: [], pdsaCycleIds: [] };
    setNodes([...nodes, node]);
    setFocusNext(node.id);
  };
  const childrenOf = (parentId: string | null) => nodes.filter((node) => node.parentId === parentId || (parentId === null && node.parentId !== null && !nodes.some((other) => other.id === node.parentId)));
  const move = (node: DriverNode, step: -1 | 1) => {
    const siblings = childrenOf(node.parentId);
    const other = siblings[siblings.indexOf(node) + step];
    if (!other) return;
    const [a, b] = [nodes.indexOf(node), nodes.indexOf(other)];
    const next = [...nodes];
    [next[a], next[b]] = [next[b]!, next[a]!];
    setNodes(next);
    setFocusNext(node.id);
  };
  const remove = (node: DriverNode, label: string) => {
    const gone = withDescendants(nodes, node.id);
    const taken = nodes.flatMap((item, index) => (gone.has(item.id) ? [{ item, index }] : []));
    setRemoved({ nodes: taken, name: node.text.trim() || label, id: node.id, serial: (removed?.serial ?? 0) + 1 });
    setNodes(nodes.filter((each) => !gone.has(each.id)));
  };
  // Drivers a node may hang from: primary drivers for a secondary one, any driver for a change idea.
  const parentsFor = (node: DriverNode) => {
    const below = withDescendants(nodes, node.id);
    return nodes.filter((other) => !below.has(other.id) && (node.kind === 'secondary' ? other.kind === 'primary' : other.kind !== 'change'));
  };
  const outline = (parentId: string | null, prefix: string) => {
    const children = childrenOf(parentId);
    if (children.length === 0) return null;
    return (
      <ol className="wf-drivers__list">
        {children.map((node, index) => {
          const number = `${prefix}${index + 1}`;
          const label = t('drivers.text', { kind: node.kind, number });
          const parents = parentsFor(node);
          return (
            <li key={node.id} className="wf-drivers__item" data-kind={node.kind}>
              <div className="wf-drivers__row">
                <div className="wf-drivers__text">
                  <label className="wf-drivers__kind" htmlFor={`${titleId}-${node.id}`}>
                    {label}
                  </label>
                  <input id={`${titleId}-${node.id}`} value={node.text} readOnly={readOnly} onChange={(event) => patch(node.id, { text: event.currentTarget.value })} />
                </div>
                {!readOnly && (
                  <div className="wf-drivers__actions" role="group" aria-label={label}>
                    {node.kind !== 'primary' && (
                      <label className="wf-drivers__under">
                        {t('drivers.under')}
                        <select value={node.parentId ?? ''} onChange={(event) => patch(node.id, { parentId: event.currentTarget.value || null })}>
                          {parents.map((parent) => (
                            <option key={parent.id} value={parent.id}>
                              {parent.text.trim() || t('drivers.kind', { kind: parent.kind })}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                    <button type="button" className="wf-button" onClick={() => move(node, -1)} disabled={index === 0}>
                      {t('drivers.up')}
                    </button>
                    <button type="button" className="wf-button" onClick={() => move(node, 1)} disabled={index === children.length - 1}>
                      {t('drivers.down')}
                    </button>
                    {node.kind !== 'change' && (
                      <button type="button" className="wf-button" onClick={() => add(node)}>
                        {t('drivers.addUnder', { kind: childKind(node) })}
                      </button>
                    )}
                    <button type="button" className="wf-button wf-button--danger" onClick={() => remove(node, label)}>
                      {t('drivers.remove')}
                    </button>
                  </div>
                )}
              </div>
              {(measures.length > 0 || (node.kind === 'change' && (strategies.length > 0 || cycles.length > 0))) && (
                <details className="wf-drivers__links">
                  <summary>{t('drivers.links')}</summary>
                  {node.kind === 'change' && strategies.length > 0 && (
                    <OptionalSelect className="wf-drivers__under" label={t('drivers.strategy')} noneLabel={t('drivers.strategy.none')} value={node.strategyId} choices={strategies} disabled={readOnly} onChange={(strategyId) => patch(node.id, { strategyId })} />
                  )}
                  {measures.length > 0 && <CheckList className="wf-drivers__checks" legend={t('drivers.measures')} choices={measures} chosen={node.measureIds} disabled={readOnly} onChange={(measureIds) => patch(node.id, { measureIds })} />}
                  {node.kind === 'change' && cycles.length > 0 && (
                    <CheckList className="wf-drivers__checks" legend={t('drivers.cycles')} choices={cycles} chosen={node.pdsaCycleIds} disabled={readOnly} onChange={(pdsaCycleIds) => patch(node.id, { pdsaCycleIds })} />
                  )}
                </details>
              )}
              {outline(node.id, `${number}.`)}
            </li>
          );
        })}
      </ol>
    );
  };

  return (
    <section className={className ? `wf-drivers ${className}` : 'wf-drivers'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId}>
        {t('drivers.title')}
      </Heading>
      <p className="wf-drivers__help">{t('drivers.intro')}</p>
      <label className="wf-drivers__aim" htmlFor={aimId}>
        {t('drivers.aim')}
      </label>
      <textarea id={aimId} rows={2} value={diagram.aim} readOnly={readOnly} onChange={(event) => setDiagram({ ...diagram, aim: event.currentTarget.value })} />
      {!readOnly && destination && destination.trim() !== '' && destination !== diagram.aim && (
        <div>
          <button type="button" className="wf-button" onClick={() => setDiagram({ ...diagram, aim: destination })}>
            {t('drivers.aim.fromTicket')}
          </button>
        </div>
      )}
      {removed && (
        <UndoNotice
          key={removed.serial}
          message={t(removed.nodes.length === 1 ? 'drivers.removed.one' : 'drivers.removed', { name: removed.name })}
          undoLabel={t('drivers.undo')}
          onUndo={() => {
            setDiagram({ ...diagram, nodes: restoreItems(nodes, removed.nodes) });
            setRemoved(null);
            // Back where it was: the restored node's field takes the focus.
            setFocusNext(removed.id);
          }}
        />
      )}
      {nodes.length === 0 ? <p className="wf-drivers__help">{t('drivers.empty')}</p> : outline(null, '')}
      {!readOnly && (
        <div>
          <button type="button" className="wf-button" onClick={() => add(null)}>
            {t('drivers.add', { kind: 'primary' })}
          </button>
        </div>
      )}
      <Heading level={Math.min(6, headingLevel + 1)} id={`${titleId}-drawing`}>
        {t('drivers.drawing')}
      </Heading>
      <p className="wf-drivers__help">{t('drivers.drawing.help')}</p>
      <div className="wf-scroll-hint wf-drivers__scroll" role="region" aria-labelledby={`${titleId}-drawing`} tabIndex={0}>
        <svg ref={svgRef} viewBox={`-4 -4 ${layout.width + 8} ${layout.height + 8}`} width={layout.width + 8} height={layout.height + 8} className="wf-drivers__svg" role="img" aria-labelledby={`${titleId}-drawing`}>
          {layout.links.map((link) => (
            <path key={`${link.from}-${link.to}`} d={link.path} className="wf-drivers__link" />
          ))}
          {[layout.aim, ...layout.boxes].map((box) => (
            <g key={box.id} className={`wf-drivers__box wf-drivers__box--${box.column}`}>
              <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={6} />
              <text x={box.x + 8} y={box.y + 8}>
                {box.lines.map((line, index) => (
                  <tspan key={index} x={box.x + 8} dy={index === 0 ? 12 : 15}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <FigureExport svg={svgRef} fileName="driver-diagram" labels={{ svg: t('drivers.export.svg'), png: t('drivers.export.png'), failed: t('drivers.export.failed') }} className="wf-drivers__export" />
    </section>
  );
});

export { driverDiagramMessages, driverDiagramMessagesEs } from './messages';
export type { DriverDiagramMessageKey } from './messages';
