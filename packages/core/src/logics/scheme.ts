import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import type { Issue } from '../errors';

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
