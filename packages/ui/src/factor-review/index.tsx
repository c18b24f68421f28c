import type { Factor } from '@wayfinder/core/navigator';
import type { FactorCategoryGuide } from '@wayfinder/core/navigator/factor-guide';
import { defaultFactorGuide } from '@wayfinder/core/navigator/factor-guide';
import { useControllableState } from '@wayfinder/react/controllable-state';
import { useTranslate } from '@wayfinder/react/messages';
import { useId } from 'react';
import { factorReviewMessages } from './messages';
import { withErrorBoundary } from '../error-boundary';
import { LongList } from '../long-list';
import type { TitleOptions } from '../heading';
import { Heading } from '../heading';
import { UndoNotice, useUndoableRemoval } from '../undo-notice';

export interface FactorReviewProps extends TitleOptions {
  value?: readonly Factor[];
  defaultValue?: readonly Factor[];
  onChange?: (factors: readonly Factor[]) => void;
  /** Categories with example factors and reflective questions; the framework's by default. */
  guide?: readonly FactorCategoryGuide[];
  readOnly?: boolean;
  className?: string;
}

type FactorText = 'name' | 'description' | 'supports' | 'barriers' | 'actions';

/**
 * The factor review (Navigator tool 4): per category, its example factors and reflective
 * questions, and the team's factors with what they are, how they support or hinder, and the
 * actions to take. Factor ids stay stable, so the trip ticket can point at them.
 */
export const FactorReview = withErrorBoundary(function FactorReview({ guide = defaultFactorGuide, readOnly = false, className, headingLevel = 3, hideTitle = false, ...control }: FactorReviewProps) {
  const t = useTranslate(factorReviewMessages);
  const titleId = useId();
  const [factors, setFactors] = useControllableState<readonly Factor[]>({ value: control.value, defaultValue: control.defaultValue ?? [], onChange: control.onChange });
  const update = (id: string, key: FactorText, text: string) => setFactors((previous) => previous.map((factor) => (factor.id === id ? { ...factor, [key]: text } : factor)));
  // A removed factor can come back, where it was, with focus on its name.
  const removal = useUndoableRemoval(setFactors, (id) => document.getElementById(`${titleId}-${id}`)?.focus());
  // A new factor has a placeholder name that typing replaces (so the category's examples are offered), with focus on it.
  const add = (category: FactorCategoryGuide) => {
    const id = globalThis.crypto.randomUUID();
    setFactors((previous) => [...previous, { id, category: category.id, name: t('factors.unnamed'), description: '', supports: '', barriers: '', actions: '' }]);
    requestAnimationFrame(() => {
      const name = document.getElementById(`${titleId}-${id}`) as HTMLInputElement | null;
      name?.focus();
      name?.select();
    });
  };
  return (
    <section className={className ? `wf-factors ${className}` : 'wf-factors'} aria-labelledby={titleId}>
      <Heading level={headingLevel} visuallyHidden={hideTitle} id={titleId} className="wf-factors__title">
        {t('factors.title')}
      </Heading>
      <p className="wf-factors__muted">{t('factors.intro')}</p>
      {removal.removed && (
        <UndoNotice
          key={removal.removed.serial}
          message={t('factors.removed', { name: removal.removed.item.name || t('factors.unnamed'), category: guide.find((category) => category.id === removal.removed?.item.category)?.name ?? removal.removed.item.category })}
          undoLabel={t('factors.undo')}
          onUndo={removal.undo}
        />
      )}
      {guide.map((category) => {
        const mine = factors.filter((factor) => factor.category === category.id);
        const headingId = `${titleId}-${category.id}`;
        return (
          <section key={category.id} className="wf-factors__category" aria-labelledby={headingId}>
            <Heading level={headingLevel + 1} id={headingId}>
              {category.name} <span className="wf-factors__muted">({t('factors.count', { count: mine.length })})</span>
            </Heading>
            <p className="wf-factors__muted">{t('factors.examples', { examples: category.examples.join(', ') })}</p>
            <details className="wf-factors__questions">
              <summary>{t('factors.questions')}</summary>
              <ul>
                {category.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </details>
            <LongList items={mine} itemKey={(factor) => factor.id} className="wf-factors__list">
              {(factor) => (
                <fieldset className="wf-factors__factor">
                  <legend>{factor.name || t('factors.unnamed')}</legend>
                  {(['name', 'description', 'supports', 'barriers', 'actions'] as const).map((key) => (
                    <label key={key} className="wf-factors__field">
                      {t(`factors.${key}`)}
                      {key === 'name' ? (
                        <input id={`${titleId}-${factor.id}`} value={factor.name} list={`${headingId}-examples`} readOnly={readOnly} onChange={(event) => update(factor.id, key, event.currentTarget.value)} />
                      ) : (
                        <textarea rows={2} value={factor[key]} readOnly={readOnly} onChange={(event) => update(factor.id, key, event.currentTarget.value)} />
                      )}
                    </label>
                  ))}
                  {!readOnly && (
                    <button type="button" className="wf-button wf-button--danger" onClick={() => removal.remove(factors, factor)}>
                      {t('factors.remove', { name: factor.name || t('factors.unnamed') })}
                    </button>
                  )}
                </fieldset>
              )}
            </LongList>
            <datalist id={`${headingId}-examples`}>
              {category.examples.map((example) => (
                <option key={example} value={example} />
              ))}
            </datalist>
            {!readOnly && (
              <button type="button" className="wf-button" aria-label={t('factors.add.in', { category: category.name })} onClick={() => add(category)}>
                {t('factors.add')}
              </button>
            )}
          </section>
        );
      })}
      <p className="wf-factors__muted">{t('factors.credit')}</p>
    </section>
  );
});

export { factorReviewMessages, factorReviewMessagesEs } from './messages';
export type { FactorReviewMessageKey } from './messages';
