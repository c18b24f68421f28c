import * as z from 'zod/mini';
import { idSchema as id } from '../id-schema';
import { MATRIX_FORMAT, MATRIX_VERSION, equityAxes } from './matrix';

const label = z.string().check(z.minLength(1, 'issue.labelEmpty'));

export const dimensionSchema = z.object({ id, label, description: z._default(z.string(), ''), axis: z.enum(equityAxes) });
export const aspectSchema = z.object({ id, label, description: z._default(z.string(), '') });
export const matrixSchemeSchema = z.object({
  dimensions: z.array(dimensionSchema).check(z.minLength(1, 'issue.matrixNeedsDimension')),
  aspects: z.array(aspectSchema).check(z.minLength(1, 'issue.matrixNeedsAspect')),
});

export const matrixCellSchema = z.object({
  strength: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  evidence: z._default(z.array(z.string()), []),
});

/** One network's coding: cells by dimension id, then aspect id. Cells left out are absent. */
export const networkSchema = z.object({
  id,
  name: z.string(),
  groups: z._default(z.record(z.string(), z.string()), {}),
  cells: z._default(z.record(z.string(), z.record(z.string(), matrixCellSchema)), {}),
});

export const equityMatrixSchema = z.object({
  format: z.literal(MATRIX_FORMAT),
  schemaVersion: z.literal(MATRIX_VERSION),
  scheme: matrixSchemeSchema,
  networks: z.array(networkSchema),
});

export type Dimension = z.infer<typeof dimensionSchema>;
export type Aspect = z.infer<typeof aspectSchema>;
export type MatrixScheme = z.infer<typeof matrixSchemeSchema>;
export type MatrixCell = z.infer<typeof matrixCellSchema>;
export type Network = z.infer<typeof networkSchema>;
export type EquityMatrix = z.infer<typeof equityMatrixSchema>;
