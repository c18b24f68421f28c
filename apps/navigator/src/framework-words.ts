import type { Coding } from '@wayfinder/core/logics';
import { localizeScheme } from '@wayfinder/core/logics';
import { matrixSchemeEs, schemeEs } from '@wayfinder/core/logics/es';
import type { EquityMatrix } from '@wayfinder/core/logics/matrix';
import { localizeMatrixScheme } from '@wayfinder/core/logics/matrix';
import type { Typology } from '@wayfinder/core/navigator';
import { localizeTypology } from '@wayfinder/core/navigator';
import { defaultFactorGuide, translateFactorGuide } from '@wayfinder/core/navigator/factor-guide';
import { factorGuideEs, typologyEs } from '@wayfinder/core/navigator/es';
import { useLocale } from '@wayfinder/react/messages';
import { useMemo } from 'react';

// The framework's and the study's words (typology, factor guide, coding scheme, matrix) are host
// data stored with each document: they are shown in the reader's language and stored as they are.
const spanish = (locale: string) => locale.split('-')[0] === 'es';

/** The journey's typology in the reader's language; the team's own words and strategies as written. */
export function useShownTypology(typology: Typology): Typology {
  const { locale } = useLocale();
  return useMemo(() => (spanish(locale) ? localizeTypology(typology, typologyEs) : typology), [typology, locale]);
}

/** The factor review's categories, examples and questions in the reader's language. */
export function useFactorGuide() {
  const { locale } = useLocale();
  return useMemo(() => (spanish(locale) ? translateFactorGuide(defaultFactorGuide, factorGuideEs) : defaultFactorGuide), [locale]);
}

/** What the picker changed in the shown typology, kept in the stored one: the strategies a team added. */
export function withAddedStrategies(stored: Typology, shown: Typology): Typology {
  const added = shown.strategies.filter((strategy) => !stored.strategies.some((existing) => existing.id === strategy.id));
  return added.length === 0 ? stored : { ...stored, strategies: [...stored.strategies, ...added] };
}

/**
 * A stored document shown with its scheme in the reader's language, and how to store a changed one
 * with the scheme as it was stored (the widgets never change a scheme).
 */
function useShownScheme<T extends { scheme: unknown }>(stored: T, set: (next: T) => void, localize: (scheme: T['scheme']) => T['scheme']): [T, (next: T) => void] {
  const { locale } = useLocale();
  const shown = useMemo(() => (spanish(locale) ? { ...stored, scheme: localize(stored.scheme) } : stored), [stored, locale, localize]);
  return [shown, (next) => set(next.scheme === shown.scheme ? { ...next, scheme: stored.scheme } : next)];
}

const localizeCodingScheme = (scheme: Coding['scheme']) => localizeScheme(scheme, schemeEs);
const localizeMatrix = (scheme: EquityMatrix['scheme']) => localizeMatrixScheme(scheme, matrixSchemeEs);

export const useShownCoding = (coding: Coding, set: (next: Coding) => void) => useShownScheme(coding, set, localizeCodingScheme);
export const useShownMatrix = (matrix: EquityMatrix, set: (next: EquityMatrix) => void) => useShownScheme(matrix, set, localizeMatrix);
