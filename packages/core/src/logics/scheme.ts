import * as z from 'zod/mini';
import type { Issue } from '../errors';
import { LogicsError } from './errors';

const id = z.string().check(z.minLength(1, 'an id may not be empty'));
const label = z.string().check(z.minLength(1, 'a label may not be empty'));

/** A dichotomous code: material is coded at its low or its high pole. */
export const codeSchema = z.object({
  id,
  label,
  description: z._default(z.string(), ''),
  /** What material at each pole looks like, e.g. "deficit-oriented" ↔ "strengths-oriented". */
  low: label,
  high: label,
});

export const logicSchema = z.object({
  id,
  label,
  codes: z.array(codeSchema).check(z.minLength(1, 'a logic needs at least one code')),
});

/** Two or more logics, each with its codes. Code ids are unique across the whole scheme. */
export const schemeSchema = z
  .object({ logics: z.array(logicSchema).check(z.minLength(2, 'a scheme needs at least two logics')) })
  .check(
    z.superRefine((scheme, context) => {
      for (const issue of schemeIdIssues(scheme)) context.addIssue({ code: 'custom', message: issue.message, path: [...issue.path], input: scheme });
    }),
  );

export type Code = z.infer<typeof codeSchema>;
export type Logic = z.infer<typeof logicSchema>;
export type Scheme = z.infer<typeof schemeSchema>;
export type CodeInput = z.input<typeof codeSchema>;

function schemeIdIssues(scheme: { logics: ReadonlyArray<{ id: string; codes: ReadonlyArray<{ id: string }> }> }): Issue[] {
  const issues: Issue[] = [];
  const logics = new Map<string, number>();
  const codes = new Map<string, string>();
  scheme.logics.forEach((logic, l) => {
    if (logics.has(logic.id)) issues.push({ path: ['logics', l, 'id'], message: `the logic id "${logic.id}" repeats logic ${logics.get(logic.id)! + 1}` });
    logics.set(logic.id, l);
    logic.codes.forEach((code, c) => {
      if (codes.has(code.id)) issues.push({ path: ['logics', l, 'codes', c, 'id'], message: `the code id "${code.id}" is already a code of ${codes.get(code.id)}` });
      else codes.set(code.id, logic.id);
    });
  });
  return issues;
}

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
