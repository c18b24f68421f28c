import * as z from 'zod/mini';
import { isReservedName, RESERVED_NAME_RULE } from './reserved-names';

/**
 * An id as every document holds it: not empty, no space at either end (CSV readers trim cells,
 * so such an id would not read back as itself) and never a reserved name (ids become keys).
 */
export const idSchema = z.string().check(
  z.minLength(1, 'issue.idEmpty'),
  z.refine((id) => id.trim() === id, 'issue.idSpaces'),
  z.refine((id) => !isReservedName(id), RESERVED_NAME_RULE),
);
