import { localizeWords, originalOf } from '../localize-words';
import { LogicsError } from './errors';
import type { Code, Logic, Scheme } from './scheme';

/**
 * The published study's scheme: the performance logic and the racial-equity logic, three
 * dichotomous codes each, so each logic scores from −3 to +3.
 */
export const defaultScheme: Scheme = {
  logics: [
    {
      id: 'performance',
      label: 'Performance logic',
      codes: [
        { id: 'quantification', label: 'Quantification', description: 'Relies on data, assessment and measurement.', low: 'Little reliance on quantification', high: 'Relies on quantification' },
        { id: 'standardization', label: 'Standardization', description: 'Uniform approaches rather than varied or personalized ones.', low: 'Varied, personalized approaches', high: 'Uniform, standardized approaches' },
        { id: 'accountability', label: 'Accountability', description: 'Incentives and sanctions rather than professional or moral accountability.', low: 'Professional or moral accountability', high: 'Incentives and sanctions' },
      ],
    },
    {
      id: 'racial-equity',
      label: 'Racial-equity logic',
      codes: [
        { id: 'equality', label: 'Equality', description: 'How students and communities are seen.', low: 'Deficit-oriented', high: 'Strengths-oriented' },
        { id: 'equity', label: 'Equity', description: 'Prioritising marginalised communities; redistribution.', low: 'Same for everyone', high: 'Prioritises marginalised communities' },
        { id: 'justice', label: 'Justice', description: 'Confronting inequity; questioning bias in systems.', low: 'Leaves systems unquestioned', high: 'Confronts inequity and bias in systems' },
      ],
    },
  ],
};

/** Every code of the scheme with the logic it belongs to, in scheme order. */
export function schemeCodes(scheme: Scheme): Array<{ code: Code; logic: Logic }> {
  return scheme.logics.flatMap((logic) => logic.codes.map((code) => ({ code, logic })));
}

/** The logic with this id; a typed error names the ids that exist when it is missing. */
export function logicById(scheme: Scheme, logicId: string): Logic {
  const logic = scheme.logics.find((candidate) => candidate.id === logicId);
  if (!logic) throw new LogicsError('logics/unknown-logic', `No logic "${logicId}" in the scheme (it has ${scheme.logics.map((known) => `"${known.id}"`).join(', ')}).`);
  return logic;
}

/** A scheme's words in another language (or other words), by id; ids and structure stay, so codings still fit. */
export interface SchemeTranslation {
  logics?: Readonly<Record<string, { label?: string }>>;
  codes?: Readonly<Record<string, Partial<Pick<Code, 'label' | 'description' | 'low' | 'high'>>>>;
}

export function translateScheme(scheme: Scheme, translation: SchemeTranslation): Scheme {
  return {
    logics: scheme.logics.map((logic) => ({
      ...logic,
      ...translation.logics?.[logic.id],
      codes: logic.codes.map((code) => ({ ...code, ...translation.codes?.[code.id] })),
    })),
  };
}

/** A stored scheme shown in another language: the study's own words take the translation, a team's own stay. */
export function localizeScheme(scheme: Scheme, translation: SchemeTranslation, original: Scheme = defaultScheme): Scheme {
  const originalCodes = original.logics.flatMap((logic) => logic.codes);
  return {
    logics: scheme.logics.map((logic) => ({
      ...localizeWords(logic, originalOf(logic, original.logics), translation.logics?.[logic.id]),
      codes: logic.codes.map((code) => localizeWords(code, originalOf(code, originalCodes), translation.codes?.[code.id])),
    })),
  };
}
