import type { Pole, Scheme, Segment } from '@wayfinder/core/logics';
import { useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { codingPanelMessages } from './messages';

export interface SegmentFormProps {
  scheme: Scheme;
  onAdd: (segment: Omit<Segment, 'id' | 'respondent' | 'coder'>) => void;
}

/** A new excerpt: the code (grouped by logic), the pole in the code's own words, the text and its source. */
export function SegmentForm({ scheme, onAdd }: SegmentFormProps) {
  const t = useTranslate(codingPanelMessages);
  const firstCode = scheme.logics[0]!.codes[0]!.id;
  const [code, setCode] = useState(firstCode);
  const [pole, setPole] = useState<Pole>('high');
  const [excerpt, setExcerpt] = useState('');
  const [source, setSource] = useState('');
  const [problem, setProblem] = useState(false);
  const errorId = useId();
  const poleName = useId();
  const chosen = scheme.logics.flatMap((logic) => logic.codes).find((candidate) => candidate.id === code) ?? scheme.logics[0]!.codes[0]!;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (excerpt.trim() === '') {
      setProblem(true);
      return;
    }
    setProblem(false);
    onAdd({ code: chosen.id, pole, excerpt, source });
    setExcerpt('');
  };
  return (
    <details className="wf-coding__add">
      <summary>{t('codingPanel.addSegment')}</summary>
      <form className="wf-coding__form" onSubmit={submit} noValidate>
        <label className="wf-coding__field">
          {t('codingPanel.code')}
          <select value={chosen.id} onChange={(event) => setCode(event.currentTarget.value)}>
            {scheme.logics.map((logic) => (
              <optgroup key={logic.id} label={logic.label}>
                {logic.codes.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <fieldset className="wf-coding__poles">
          <legend>{t('codingPanel.pole')}</legend>
          {(['high', 'low'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name={poleName} value={value} checked={pole === value} onChange={() => setPole(value)} />
              {value === 'high' ? chosen.high : chosen.low}
            </label>
          ))}
        </fieldset>
        <label className="wf-coding__field">
          {t('codingPanel.excerpt')}
          <textarea rows={3} value={excerpt} onChange={(event) => setExcerpt(event.currentTarget.value)} aria-invalid={problem || undefined} aria-describedby={problem ? errorId : undefined} />
        </label>
        {problem && (
          <p className="wf-coding__error" id={errorId} role="alert">
            {t('codingPanel.error.excerpt')}
          </p>
        )}
        <label className="wf-coding__field">
          {t('codingPanel.source')}
          <input value={source} onChange={(event) => setSource(event.currentTarget.value)} />
        </label>
        <button type="submit" className="wf-button">
          {t('codingPanel.save')}
        </button>
      </form>
    </details>
  );
}
