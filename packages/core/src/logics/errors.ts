import type { Issue, Said } from '../errors';
import { WayfinderError } from '../errors';

/** Any problem with a coding scheme, coded material or an equity-logic matrix. */
export class LogicsError extends WayfinderError {
  override readonly name = 'LogicsError';
  constructor(code: `logics/${string}`, message: string, issues: readonly Issue[] = [], said?: Said) {
    super(code, message, issues, said);
  }
}
