import type { AnalysisFile } from '@wayfinder/core/qca/analysis-file';
import { useTranslate } from '@wayfinder/react/messages';
import { useEffect, useId, useState } from 'react';
import { workbenchMessages } from './messages';

type Parameters = Pick<AnalysisFile, 'negateOutcome' | 'excludedConditions' | 'inclCutLow' | 'nCut' | 'priCut' | 'includeContradictions' | 'rowDominance' | 'excludedRemainders'>;

/** What a row number typed as a remainder to leave out is, in the table at hand. */
export type RowKind = 'remainder' | 'observed' | 'outside';

/**
 * The remainders left out, typed as row numbers ("3, 12"): applied on Enter or on leaving the
 * field when every number is a remainder of the table; otherwise the text stays as typed and each
 * number that is not is named.
 */
function RemaindersField({ value, rowKind, onChange }: { value: readonly number[]; rowKind: (id: number) => RowKind; onChange: (rows: number[] | undefined) => void }) {
  const t = useTranslate(workbenchMessages);
  const fieldId = useId();
  const helpId = useId();
  const problemId = useId();
  const [draft, setDraft] = useState(value.join(', '));
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    setDraft(value.join(', '));
    setProblems([]);
  }, [value.join(',')]);
  const commit = () => {
    const tokens = draft.split(/[\s,;]+/).filter(Boolean);
    const found: string[] = [];
    const rows: number[] = [];
    for (const token of tokens) {
      const id = /^\d+$/.test(token) ? Number(token) : Number.NaN;
      const kind = Number.isInteger(id) && id >= 1 ? rowKind(id) : null;
      if (kind === 'remainder') rows.push(id);
      else found.push(kind === 'observed' ? t('workbench.parameters.remainders.observed', { row: token }) : kind === 'outside' ? t('workbench.parameters.remainders.outside', { row: token }) : t('workbench.parameters.remainders.notRow', { text: token }));
    }
    setProblems(found);
    if (found.length > 0) return;
    const unique = [...new Set(rows)].sort((a, b) => a - b);
    setDraft(unique.join(', '));
    if (unique.join(',') !== value.join(',')) onChange(unique.length > 0 ? unique : undefined);
  };
  return (
    <div className="wf-workbench__parameter">
      <label htmlFor={fieldId}>{t('workbench.parameters.remainders')}</label>
      <input
        id={fieldId}
        value={draft}
        inputMode="numeric"
        spellCheck={false}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length > 0 ? `${problemId} ${helpId}` : helpId}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      {problems.length > 0 && (
        <span id={problemId} className="wf-workbench__problem" role="alert">
          {problems.join(' ')}
        </span>
      )}
      <span id={helpId} className="wf-workbench__help">
        {t('workbench.parameters.remainders.help')}
      </span>
    </div>
  );
}

/** A number field that gives `undefined` when emptied (the parameter's default) and ignores what is not a number yet. */
export function NumberField({ label, help, value, min, max, step, onChange }: { label: string; help?: string; value: number | undefined; min: number; max: number; step: number; onChange: (value: number | undefined) => void }) {
  const helpId = useId();
  const fieldId = useId();
  return (
    <div className="wf-workbench__parameter">
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={fieldId}
        type="number"
        min={min}
        max={max}
        step={step}
        value={value ?? ''}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          if (text === '') return onChange(undefined);
          const number = event.currentTarget.valueAsNumber;
          if (Number.isFinite(number)) onChange(Math.min(max, Math.max(min, number)));
        }}
      />
      {help && (
        <span id={helpId} className="wf-workbench__help">
          {help}
        </span>
      )}
    </div>
  );
}

function Check({ label, help, checked, onChange }: { label: string; help: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const helpId = useId();
  return (
    <div className="wf-workbench__parameter">
      <label className="wf-workbench__check">
        <input type="checkbox" checked={checked} aria-describedby={helpId} onChange={(event) => onChange(event.currentTarget.checked)} />
        {label}
      </label>
      <span id={helpId} className="wf-workbench__help">
        {help}
      </span>
    </div>
  );
}

/**
 * The analysis parameters beyond the outcome and the consistency cut, each with a sentence on what
 * it does: the negated outcome, the conditions used, a lower cut for contradictions (the C band),
 * the frequency and PRI cuts, contradictions in the conservative solution, row dominance, and
 * the remainders no simplification may assume. Kept in the analysis file (schema 3).
 */
export function AnalysisParameters({ analysis, candidates, rowKind, onChange }: { analysis: AnalysisFile; candidates: readonly string[]; rowKind: (id: number) => RowKind; onChange: (patch: Parameters) => void }) {
  const t = useTranslate(workbenchMessages);
  const excluded = new Set(analysis.excludedConditions ?? []);
  return (
    <details className="wf-workbench__parameters">
      <summary>{t('workbench.parameters')}</summary>
      <fieldset className="wf-workbench__conditions">
        <legend>{t('workbench.parameters.conditions')}</legend>
        {candidates.map((name) => (
          <label key={name} className="wf-workbench__check">
            <input
              type="checkbox"
              checked={!excluded.has(name)}
              // At least one condition stays: a truth table of none is no analysis.
              disabled={!excluded.has(name) && candidates.filter((candidate) => !excluded.has(candidate)).length === 1}
              onChange={(event) => {
                const next = new Set(excluded);
                if (event.currentTarget.checked) next.delete(name);
                else next.add(name);
                onChange({ excludedConditions: candidates.filter((candidate) => next.has(candidate)) });
              }}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <div className="wf-workbench__parameter-grid">
        <Check label={t('workbench.parameters.negate')} help={t('workbench.parameters.negate.help')} checked={analysis.negateOutcome ?? false} onChange={(negateOutcome) => onChange({ negateOutcome })} />
        <NumberField label={t('workbench.parameters.inclCutLow')} help={t('workbench.parameters.inclCutLow.help', { cut: analysis.inclCut })} value={analysis.inclCutLow} min={0} max={analysis.inclCut} step={0.01} onChange={(inclCutLow) => onChange({ inclCutLow })} />
        <NumberField label={t('workbench.parameters.nCut')} help={t('workbench.parameters.nCut.help')} value={analysis.nCut} min={1} max={1_000_000} step={1} onChange={(nCut) => onChange({ nCut: nCut === undefined ? undefined : Math.round(nCut) })} />
        <NumberField label={t('workbench.parameters.priCut')} help={t('workbench.parameters.priCut.help')} value={analysis.priCut} min={0} max={1} step={0.01} onChange={(priCut) => onChange({ priCut })} />
        <Check label={t('workbench.parameters.contradictions')} help={t('workbench.parameters.contradictions.help')} checked={analysis.includeContradictions ?? false} onChange={(includeContradictions) => onChange({ includeContradictions })} />
        <Check label={t('workbench.parameters.rowDominance')} help={t('workbench.parameters.rowDominance.help')} checked={analysis.rowDominance ?? false} onChange={(rowDominance) => onChange({ rowDominance })} />
        <RemaindersField value={analysis.excludedRemainders ?? []} rowKind={rowKind} onChange={(excludedRemainders) => onChange({ excludedRemainders })} />
      </div>
    </details>
  );
}
