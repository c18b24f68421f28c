import { useTranslate } from '@wayfinder/react/messages';
import { useId, useState } from 'react';
import { codingPanelMessages } from './messages';

export interface CountFieldProps {
  label: string;
  total: number;
  /** Excerpts already at this pole: the least the total can be. */
  excerpts: number;
  readOnly: boolean;
  onCommit: (total: number) => void;
}

/** A count typed or stepped; half-typed text stays in the field until it is a whole number from `excerpts` up. */
export function CountField({ label, total, excerpts, readOnly, onCommit }: CountFieldProps) {
  const t = useTranslate(codingPanelMessages);
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = useId();
  const errorId = useId();
  const typed = draft === null ? total : Number(draft);
  const tooLow = draft !== null && draft.trim() !== '' && Number.isInteger(typed) && typed < excerpts;
  const hint = t('codingPanel.countHint', { count: excerpts });
  return (
    <div className="wf-coding__count">
      <input
        type="number"
        inputMode="numeric"
        min={excerpts}
        step={1}
        value={draft ?? String(total)}
        readOnly={readOnly}
        aria-label={label}
        aria-invalid={tooLow || undefined}
        aria-describedby={[hint ? hintId : '', tooLow ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDraft(text);
          const value = Number(text);
          if (text.trim() !== '' && Number.isInteger(value) && value >= excerpts && value !== total) onCommit(value);
        }}
        onBlur={() => setDraft(null)}
      />
      {hint && (
        <span className="wf-coding__count-hint" id={hintId}>
          {hint}
        </span>
      )}
      {tooLow && (
        <span className="wf-coding__error" id={errorId}>
          {t('codingPanel.countError', { count: excerpts })}
        </span>
      )}
    </div>
  );
}
