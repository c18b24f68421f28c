import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import type { Issue } from '../errors';
import { linkIssue } from '../link-said';

const label = z.string().check(z.minLength(1, 'issue.labelEmpty'));

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
  codes: z.array(codeSchema).check(z.minLength(1, 'issue.logicNeedsCode')),
});

/** Two or more logics, each with its codes. Code ids are unique across the whole scheme. */
export const schemeSchema = z
  .object({ logics: z.array(logicSchema).check(z.minLength(2, 'issue.schemeNeedsLogics')) })
  .check(
    z.superRefine((scheme, context) => {
      for (const issue of schemeIdIssues(scheme)) context.addIssue({ code: 'custom', message: issue.key ?? issue.message, params: issue.values, path: [...issue.path], input: scheme });
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
    if (logics.has(logic.id)) issues.push(linkIssue(['logics', l, 'id'], 'issue.idRepeats', { what: 'logic', id: logic.id, first: logics.get(logic.id)! + 1 }));
    logics.set(logic.id, l);
    logic.codes.forEach((code, c) => {
      if (codes.has(code.id)) issues.push(linkIssue(['logics', l, 'codes', c, 'id'], 'issue.codeTaken', { id: code.id, logic: codes.get(code.id)! }));
      else codes.set(code.id, logic.id);
    });
  });
  return issues;
}
