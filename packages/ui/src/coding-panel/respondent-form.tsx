import type { Respondent } from '@wayfinder/core/logics';
import { isReservedName } from '@wayfinder/core/logics';
import { useTranslate } from '@wayfinder/react/messages';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { codingPanelMessages } from './messages';

export interface RespondentFormProps {
  /** Groupings to ask for (site, role, …). */
  groupings: readonly string[];
  taken: (id: string) => boolean;
  onAdd: (respondent: Respondent) => void;
}

export function RespondentForm({ groupings, taken, onAdd }: RespondentFormProps) {
  const t = useTranslate(codingPanelMessages);
  const blank = { id: '', label: '', groups: {} as Record<string, string> };
  const [draft, setDraft] = useState(blank);
  const [problem, setProblem] = useState<'respondentId' | 'respondentTaken' | 'respondentReserved' | null>(null);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = draft.id.trim();
    const found = id === '' ? 'respondentId' : isReservedName(id) ? 'respondentReserved' : taken(id) ? 'respondentTaken' : null;
    setProblem(found);
    if (found) return;
    const groups = Object.fromEntries(Object.entries(draft.groups).flatMap(([name, value]) => (value.trim() === '' ? [] : [[name, value.trim()]])));
    onAdd({ id, label: draft.label.trim() || id, groups });
    setDraft(blank);
  };
  return (
    <details className="wf-coding__add">
      <summary>{t('codingPanel.addRespondent')}</summary>
      <form className="wf-coding__form" onSubmit={submit} noValidate>
        <label className="wf-coding__field">
          {t('codingPanel.respondentId')}
          <input value={draft.id} onChange={(event) => setDraft({ ...draft, id: event.currentTarget.value })} aria-invalid={problem !== null || undefined} aria-describedby={problem ? errorId : undefined} />
        </label>
        {problem && (
          <p className="wf-coding__error" id={errorId} role="alert">
            {t(`codingPanel.error.${problem}`)}
          </p>
        )}
        <label className="wf-coding__field">
          {t('codingPanel.respondentLabel')}
          <input value={draft.label} onChange={(event) => setDraft({ ...draft, label: event.currentTarget.value })} />
        </label>
        {groupings.map((grouping) => (
          <label className="wf-coding__field" key={grouping}>
            {t('codingPanel.grouping', { grouping })}
            <input value={draft.groups[grouping] ?? ''} onChange={(event) => setDraft({ ...draft, groups: { ...draft.groups, [grouping]: event.currentTarget.value } })} />
          </label>
        ))}
        <button type="submit" className="wf-button">
          {t('codingPanel.saveRespondent')}
        </button>
      </form>
    </details>
  );
}
