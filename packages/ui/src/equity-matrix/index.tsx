import type { EquityMatrix, Network } from '@wayfinder/core/logics/matrix';
import { cellOf, equityAxes, withCell } from '@wayfinder/core/logics/matrix';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { CellEditor } from './cell-editor';
import { equityMatrixMessages } from './messages';
import { EquityMatrixSummary } from './summary';
import { withErrorBoundary } from '../error-boundary';
import type { HeadingLevel, TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface EquityLogicMatrixProps extends TitleOptions {
  value?: EquityMatrix;
  defaultValue?: EquityMatrix;
  onChange?: (matrix: EquityMatrix) => void;
  /** The network shown in the matrix, by id; by default the first. */
  network?: string;
  defaultNetwork?: string;
  onNetworkChange?: (networkId: string) => void;
  /** Dimensions (on both axes) a network must draw on to count as wide; ¾ of the dimensions by default. */
  wideAt?: number;
  readOnly?: boolean;
  /** Ids for new networks; random UUIDs by default. */
  newId?: () => string;
  className?: string;
}

/**
 * The equity-logic matrix: for one network at a time, each equity dimension (grouped by axis)
 * against each aspect of the improvement work, with the strength of its presence and the evidence;
 * below, the summary across all networks.
 */
export const EquityLogicMatrix = withErrorBoundary(function EquityLogicMatrix({ readOnly = false, wideAt, newId = () => globalThis.crypto.randomUUID(), className, headingLevel = 3, hideTitle = false, ...control }: EquityLogicMatrixProps) {
  const t = useTranslate(equityMatrixMessages);
  const announce = useAnnounce();
  const titleId = useId();
  const [matrix, setMatrix] = useControllableState<EquityMatrix>({ value: control.value, defaultValue: control.defaultValue as EquityMatrix, onChange: control.onChange });
  const [networkId, setNetworkId] = useControllableState<string>({ value: control.network, defaultValue: control.defaultNetwork ?? matrix.networks[0]?.id ?? '', onChange: control.onNetworkChange });
  const network = matrix.networks.find((candidate) => candidate.id === networkId) ?? matrix.networks[0];
  const { dimensions, aspects } = matrix.scheme;
  const update = (next: Network) => setMatrix((current) => ({ ...current, networks: current.networks.map((entry) => (entry.id === next.id ? next : entry)) }));

  return (
    <section className={className ? `wf-matrix ${className}` : 'wf-matrix'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-matrix__title">
        {t('matrix.title')}
      </Heading>
      {matrix.networks.length > 0 && (
        <label className="wf-matrix__field">
          {t('matrix.network')}
          <select value={network?.id} onChange={(event) => setNetworkId(event.currentTarget.value)}>
            {matrix.networks.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name || option.id}
              </option>
            ))}
          </select>
        </label>
      )}
      {!network ? (
        <p className="wf-matrix__empty">{t('matrix.noNetworks')}</p>
      ) : (
        <>
          {/* The title stays outside the box that scrolls, so a phone shows all of it. */}
          <p className="wf-matrix__caption" id={`${titleId}-grid`}>
            {t('matrix.caption', { network: network.name || network.id })}
          </p>
          <div className="wf-matrix__scroll" tabIndex={0} role="region" aria-labelledby={`${titleId}-grid`}>
            <table className="wf-matrix__table wf-matrix__grid" aria-labelledby={`${titleId}-grid`}>
              <thead>
                <tr>
                  <th scope="col">{t('matrix.dimension')}</th>
                  {aspects.map((aspect) => (
                    <th scope="col" key={aspect.id}>
                      {aspect.label}
                      {aspect.description && <span className="wf-matrix__hint">{aspect.description}</span>}
                    </th>
                  ))}
                </tr>
              </thead>
              {equityAxes.map((axis) => {
                const onAxis = dimensions.filter((dimension) => dimension.axis === axis);
                if (onAxis.length === 0) return null;
                return (
                  <tbody key={axis} data-axis={axis}>
                    <tr>
                      <th scope="colgroup" colSpan={aspects.length + 1} className="wf-matrix__axis">
                        {t(`matrix.axis.${axis}`)}
                      </th>
                    </tr>
                    {onAxis.map((dimension) => (
                      <tr key={dimension.id}>
                        <th scope="row">
                          {dimension.label}
                          {dimension.description && <span className="wf-matrix__hint">{dimension.description}</span>}
                        </th>
                        {aspects.map((aspect) => {
                          const label = t('matrix.cellLabel', { dimension: dimension.label, aspect: aspect.label });
                          return (
                            <td key={aspect.id}>
                              <CellEditor
                                cell={cellOf(network, dimension.id, aspect.id)}
                                label={label}
                                readOnly={readOnly}
                                onChange={(cell) => {
                                  update(withCell(network, dimension.id, aspect.id, cell));
                                  announce(t('matrix.changed', { label, strength: t('matrix.strength', { strength: cell.strength }) }));
                                }}
                              />
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                );
              })}
            </table>
          </div>
        </>
      )}
      {!readOnly && (
        <NetworkForm
          onAdd={(name) => {
            const id = newId();
            setMatrix((current) => ({ ...current, networks: [...current.networks, { id, name, groups: {}, cells: {} }] }));
            setNetworkId(id);
            announce(t('matrix.networkAdded', { name }));
          }}
        />
      )}
      {matrix.networks.length > 0 && <EquityMatrixSummary matrix={matrix} wideAt={wideAt} headingLevel={(headingLevel + 1) as HeadingLevel} />}
    </section>
  );
});

function NetworkForm({ onAdd }: { onAdd: (name: string) => void }) {
  const t = useTranslate(equityMatrixMessages);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState(false);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(name.trim() === '');
    if (name.trim() === '') return;
    onAdd(name.trim());
    setName('');
  };
  return (
    <details className="wf-matrix__add">
      <summary>{t('matrix.addNetwork')}</summary>
      <form onSubmit={submit} noValidate className="wf-matrix__form">
        <label className="wf-matrix__field">
          {t('matrix.networkName')}
          <input value={name} onChange={(event) => setName(event.currentTarget.value)} aria-invalid={problem || undefined} aria-describedby={problem ? errorId : undefined} />
        </label>
        {problem && (
          <p className="wf-matrix__error" id={errorId} role="alert">
            {t('matrix.error.name')}
          </p>
        )}
        <button type="submit" className="wf-button">
          {t('matrix.networkSave')}
        </button>
      </form>
    </details>
  );
}

export { EquityMatrixSummary, StrengthDots } from './summary';
export type { EquityMatrixSummaryProps } from './summary';
export { equityMatrixMessages, equityMatrixMessagesEs } from './messages';
export type { EquityMatrixMessageKey } from './messages';
