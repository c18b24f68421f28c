import * as z from 'zod';
import { isReservedName, RESERVED_NAME_RULE } from '../reserved-names';

/**
 * A variable name must be usable in the field's Boolean notation (`A*~B + C`, `DEV[2]`), so it
 * starts with a letter and holds only letters, digits, `_` and `.`.
 */
export const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;

export const variableSchema = z.object({
  name: z
    .string()
    .regex(VARIABLE_NAME, 'issue.variableName')
    .refine((name) => !isReservedName(name), RESERVED_NAME_RULE),
  label: z.string().optional(),
  /**
   * `raw`: any number, to be calibrated. `membership`: a fuzzy or crisp set membership in [0, 1].
   * `levels`: a multi-value crisp condition coded 0, 1, 2, …
   */
  scale: z.enum(['raw', 'membership', 'levels']),
});

/** A missing value is `null`, never left out: absent data is a decision the analyst sees. */
export const cellSchema = z.number().nullable();

export const caseSchema = z.object({
  id: z.string().min(1, 'issue.caseIdEmpty'),
  label: z.string().optional(),
  values: z.record(z.string(), cellSchema),
});

export const datasetSchema = z.object({
  variables: z.array(variableSchema).min(1, 'issue.noVariables'),
  cases: z.array(caseSchema),
});

export type Variable = z.infer<typeof variableSchema>;
export type VariableScale = Variable['scale'];
export type Cell = z.infer<typeof cellSchema>;
export type Case = z.infer<typeof caseSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
