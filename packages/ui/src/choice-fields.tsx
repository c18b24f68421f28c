import type { ReactNode } from 'react';

export interface Choice {
  id: string;
  name: string;
}

/** A labelled select of `choices` with a first option for none: `onChange` gets the chosen id, or null. */
export function OptionalSelect({ label, noneLabel, value, choices, disabled, className, onChange }: { label: ReactNode; noneLabel: string; value: string | null; choices: readonly Choice[]; disabled?: boolean; className?: string; onChange: (id: string | null) => void }) {
  return (
    <label className={className}>
      {label}
      <select value={value ?? ''} disabled={disabled} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{noneLabel}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A group of checkboxes, one per choice, for the ids chosen among `choices`. */
export function CheckList({ legend, choices, chosen, disabled, className, onChange }: { legend: ReactNode; choices: readonly Choice[]; chosen: readonly string[]; disabled?: boolean; className?: string; onChange: (ids: string[]) => void }) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input type="checkbox" checked={chosen.includes(choice.id)} disabled={disabled} onChange={(event) => onChange(event.currentTarget.checked ? [...chosen, choice.id] : chosen.filter((id) => id !== choice.id))} />
          {choice.name}
        </label>
      ))}
    </fieldset>
  );
}
