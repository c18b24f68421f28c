import * as z from 'zod/mini';
import { idSchema } from '../id-schema';

/**
 * The framework's strategy typology: three approaches ("suitcases") holding eight strategies,
 * each with an equity-focused variant. Scaling for Equity (Cohen-Vogel, Century & Sherer, Carnegie
 * Foundation for the Advancement of Teaching, 2022), CC BY 4.0; summarised in our own words.
 * Hosts can replace it, extend it with custom strategies, or translate it.
 */
export const strategySchema = z.object({
  id: idSchema,
  approachId: idSchema,
  name: z.string().check(z.minLength(1, 'issue.strategyName')),
  description: z.string(),
  equityVariant: z.string(),
  /** True for strategies a team added itself. */
  custom: z._default(z.boolean(), false),
});

export const approachSchema = z.object({
  id: idSchema,
  name: z.string().check(z.minLength(1)),
  description: z.string(),
});

export const typologySchema = z.object({
  approaches: z.array(approachSchema).check(z.minLength(1)),
  strategies: z.array(strategySchema),
});

export type Strategy = z.infer<typeof strategySchema>;
export type Approach = z.infer<typeof approachSchema>;
export type Typology = z.infer<typeof typologySchema>;
