import type { MatrixCell, Strength } from '@wayfinder/core/logics/matrix';
import { strengths } from '@wayfinder/core/logics/matrix';
import { useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { equityMatrixMessages } from './messages';
import { StrengthDots } from './summary';

export interface CellEditorProps {
  cell: MatrixCell;
  /** "Access × Problem focus": names the cell's controls. */
  label: string;
  readOnly: boolean;
  onChange: (cell: MatrixCell) => void;
}

/** One cell of a network's matrix: its strength and the evidence for it. */
export function CellEditor({ cell, label, readOnly, onChange }: CellEditorProps) {
  const t = useTranslate(equityMatrixMessages);
  const [draft, setDraft] = useState('');
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') return;
    onChange({ ...cell, evidence: [...cell.evidence, draft] });
    setDraft('');
  };
  return (
    <div className="wf-matrix__cell" data-strength={cell.strength}>
      {readOnly ? (
        <StrengthDots strength={cell.strength} />
      ) : (
        <select aria-label={t('matrix.strengthOf', { label })} value={cell.strength} onChange={(event) => onChange({ ...cell, strength: Number(event.currentTarget.value) as Strength })}>
          {strengths.map((strength) => (
            <option key={strength} value={strength}>
              {t('matrix.strength', { strength })}
            </option>
          ))}
        </select>
      )}
      {(cell.evidence.length > 0 || !readOnly) && (
        <details className="wf-matrix__evidence">
          <summary>{t('matrix.evidence', { count: cell.evidence.length })}</summary>
          {cell.evidence.length > 0 && (
            <ul>
              {cell.evidence.map((text, index) => (
                <li key={index}>
                  <span>{text}</span>
                  {!readOnly && (
                    <button type="button" className="wf-matrix__remove" aria-label={`${t('matrix.evidenceRemove')}: ${text.slice(0, 60)}`} onClick={() => onChange({ ...cell, evidence: cell.evidence.filter((_, i) => i !== index) })}>
                      ×
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!readOnly && (
            <form onSubmit={add} className="wf-matrix__evidence-form">
              <textarea rows={2} aria-label={t('matrix.evidenceAdd', { label })} value={draft} onChange={(event) => setDraft(event.currentTarget.value)} />
              <button type="submit" className="wf-button">
                {t('matrix.evidenceSave')}
              </button>
            </form>
          )}
        </details>
      )}
    </div>
  );
}
