import type { ChosenStrategy, Strategy, Typology } from '@wayfinder/core/navigator';
import { addCustomStrategy, defaultTypology } from '@wayfinder/core/navigator/typology';
import { useAnnounce } from '@wayfinder/react/announcer';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useId, useMemo, useState } from 'react';
import { strategyPickerMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';

export interface StrategyPickerProps extends TitleOptions {
  /** The approaches and strategies offered; the framework's typology by default. Custom strategies live here too. */
  typology?: Typology;
  defaultTypology?: Typology;
  onTypologyChange?: (typology: Typology) => void;
  /** The chosen strategies with their theory of action and selection criteria. */
  value?: readonly ChosenStrategy[];
  defaultValue?: readonly ChosenStrategy[];
  onChange?: (value: readonly ChosenStrategy[]) => void;
  /** Show the choices without editing them. */
  readOnly?: boolean;
  /** Let the team add strategies of its own (default true). */
  allowCustom?: boolean;
  className?: string;
}

const blankChoice = (strategyId: string): ChosenStrategy => ({ strategyId, theoryOfAction: '', steps: [], acceptableToAll: null, affordableForAll: null });

function matches(strategy: Strategy, query: string): boolean {
  const needle = query.trim().toLocaleLowerCase();
  return needle === '' || [strategy.name, strategy.description, strategy.equityVariant].some((text) => text.toLocaleLowerCase().includes(needle));
}

/**
 * The strategy typology picker: approaches as groups ("suitcases"), each strategy with its
 * description and equity-focused variant; choosing one opens its theory of action and the two
 * selection criteria. Search narrows every group; teams can add strategies of their own. Built
 * from native checkboxes, radios and text areas, so every part works from the keyboard.
 */
export const StrategyPicker = withErrorBoundary(function StrategyPicker({ readOnly = false, allowCustom = true, className, headingLevel = 3, hideTitle = false, ...control }: StrategyPickerProps) {
  const t = useTranslate(strategyPickerMessages);
  const announce = useAnnounce();
  const [typology, setTypology] = useControllableState({
    value: control.typology,
    defaultValue: control.defaultTypology ?? defaultTypology,
    onChange: control.onTypologyChange,
  });
  const [chosen, setChosen] = useControllableState<readonly ChosenStrategy[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const [query, setQuery] = useState('');
  const titleId = useId();
  const byId = useMemo(() => new Map(chosen.map((choice) => [choice.strategyId, choice])), [chosen]);
  const visible = typology.strategies.filter((strategy) => matches(strategy, query));

  const toggle = (strategy: Strategy, on: boolean) =>
    setChosen((previous) => (on ? [...previous, blankChoice(strategy.id)] : previous.filter((choice) => choice.strategyId !== strategy.id)));
  const update = (strategyId: string, patch: Partial<ChosenStrategy>) =>
    setChosen((previous) => previous.map((choice) => (choice.strategyId === strategyId ? { ...choice, ...patch } : choice)));
  const addCustom = (approachId: string, name: string, description: string) => {
    const id = `custom-${globalThis.crypto.randomUUID()}`;
    setTypology(addCustomStrategy(typology, { approachId, name, description, equityVariant: '' }, id));
    setChosen((previous) => [...previous, blankChoice(id)]);
    announce(t('strategies.added', { strategy: name }));
  };

  return (
    <section className={className ? `wf-sp ${className}` : 'wf-sp'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} className="wf-sp__title" id={titleId}>
        {t('strategies.title')}
      </Heading>
      <p className="wf-sp__intro">{t('strategies.intro')}</p>
      <div className="wf-sp__bar">
        <label className="wf-sp__search">
          {t('strategies.search')}
          <input type="search" value={query} onChange={(event) => setQuery(event.currentTarget.value)} />
        </label>
        <p className="wf-sp__count" role="status">
          {t('strategies.chosen', { count: chosen.length })}
        </p>
      </div>
      {visible.length === 0 && <p className="wf-sp__empty">{t('strategies.noMatch', { query })}</p>}
      {typology.approaches.map((approach) => {
        const strategies = visible.filter((strategy) => strategy.approachId === approach.id);
        if (strategies.length === 0 && query.trim() !== '') return null;
        return (
          <fieldset key={approach.id} className="wf-sp__suitcase">
            <legend className="wf-sp__approach">{approach.name}</legend>
            <p className="wf-sp__approach-description">{approach.description}</p>
            <ul className="wf-sp__list">
              {strategies.map((strategy) => {
                const choice = byId.get(strategy.id);
                return (
                  <li key={strategy.id} className="wf-sp__strategy" data-chosen={choice ? true : undefined}>
                    <label className="wf-sp__choose">
                      <input type="checkbox" checked={choice !== undefined} disabled={readOnly} onChange={(event) => toggle(strategy, event.currentTarget.checked)} />
                      <span className="wf-sp__name">
                        {strategy.name}
                        {strategy.custom && <span className="wf-sp__custom"> ({t('strategies.custom')})</span>}
                      </span>
                    </label>
                    {strategy.description && <p className="wf-sp__description">{strategy.description}</p>}
                    {strategy.equityVariant && (
                      <p className="wf-sp__equity">
                        <strong>{t('strategies.equity')}:</strong> {strategy.equityVariant}
                      </p>
                    )}
                    {choice && <ChoiceDetails strategy={strategy} choice={choice} readOnly={readOnly} onChange={(patch) => update(strategy.id, patch)} />}
                  </li>
                );
              })}
            </ul>
            {allowCustom && !readOnly && query.trim() === '' && <CustomStrategyForm approachName={approach.name} onAdd={(name, description) => addCustom(approach.id, name, description)} />}
          </fieldset>
        );
      })}
      <p className="wf-sp__credit">{t('strategies.credit')}</p>
    </section>
  );
});

function ChoiceDetails({ strategy, choice, readOnly, onChange }: { strategy: Strategy; choice: ChosenStrategy; readOnly: boolean; onChange: (patch: Partial<ChosenStrategy>) => void }) {
  const t = useTranslate(strategyPickerMessages);
  const hintId = useId();
  const criterion = (key: 'acceptableToAll' | 'affordableForAll', question: string) => (
    <fieldset className="wf-sp__criterion">
      <legend>{question}</legend>
      {(
        [
          [true, t('strategies.yes')],
          [false, t('strategies.no')],
          [null, t('strategies.unsure')],
        ] as const
      ).map(([option, label]) => (
        <label key={String(option)} className="wf-sp__radio">
          <input type="radio" name={`${strategy.id}-${key}`} checked={choice[key] === option} disabled={readOnly} onChange={() => onChange({ [key]: option })} />
          {label}
        </label>
      ))}
    </fieldset>
  );
  return (
    <div className="wf-sp__details">
      <label className="wf-sp__field">
        {t('strategies.theoryOfAction', { strategy: strategy.name })}
        <textarea value={choice.theoryOfAction} readOnly={readOnly} rows={3} aria-describedby={hintId} onChange={(event) => onChange({ theoryOfAction: event.currentTarget.value })} />
      </label>
      <p className="wf-sp__hint" id={hintId}>
        {t('strategies.theoryOfAction.hint')}
      </p>
      <fieldset className="wf-sp__steps">
        <legend>{t('strategies.steps', { strategy: strategy.name })}</legend>
        <ol>
          {choice.steps.map((step, index) => (
            <li key={step.id}>
              <label className="wf-sp__field">
                {t('strategies.step', { index: index + 1 })}
                <input
                  value={step.text}
                  readOnly={readOnly}
                  onChange={(event) => {
                    const text = event.currentTarget.value;
                    onChange({ steps: choice.steps.map((item) => (item.id === step.id ? { ...item, text } : item)) });
                  }}
                />
              </label>
              {!readOnly && (
                <button type="button" className="wf-sp__small" onClick={() => onChange({ steps: choice.steps.filter((item) => item.id !== step.id) })}>
                  {t('strategies.step.remove', { index: index + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        {!readOnly && (
          <button type="button" className="wf-sp__small" onClick={() => onChange({ steps: [...choice.steps, { id: globalThis.crypto.randomUUID(), text: '' }] })}>
            {t('strategies.step.add')}
          </button>
        )}
      </fieldset>
      {criterion('acceptableToAll', t('strategies.acceptable'))}
      {criterion('affordableForAll', t('strategies.affordable'))}
    </div>
  );
}

function CustomStrategyForm({ approachName, onAdd }: { approachName: string; onAdd: (name: string, description: string) => void }) {
  const t = useTranslate(strategyPickerMessages);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const errorId = useId();
  const submit = () => {
    if (name.trim() === '') return setMissing(true);
    onAdd(name.trim(), description.trim());
    setName('');
    setDescription('');
    setMissing(false);
  };
  return (
    <details className="wf-sp__add">
      <summary>{t('strategies.add', { approach: approachName })}</summary>
      {/* Not a <form>: the picker sits inside the trip ticket's form, and forms may not nest. */}
      <div role="group" aria-label={t('strategies.add', { approach: approachName })} className="wf-sp__add-form">
        <label className="wf-sp__field">
          {t('strategies.add.name')}
          <input
            value={name}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? errorId : undefined}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              submit();
            }}
          />
        </label>
        {missing && (
          <p className="wf-sp__error" id={errorId} role="alert">
            {t('strategies.add.nameMissing')}
          </p>
        )}
        <label className="wf-sp__field">
          {t('strategies.add.description')}
          <textarea value={description} rows={2} onChange={(event) => setDescription(event.currentTarget.value)} />
        </label>
        <button type="button" onClick={submit}>
          {t('strategies.add.submit')}
        </button>
      </div>
    </details>
  );
}

export { strategyPickerMessages, strategyPickerMessagesEs } from './messages';
export type { StrategyPickerMessageKey } from './messages';
