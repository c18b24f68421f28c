import type { Issue, Said } from '../errors';
import { WayfinderError } from '../errors';

/** Codes a host can branch on; the message names what was wrong and where. */
export type QcaErrorCode =
  | 'qca/calibration'
  | 'qca/data'
  | 'qca/expression'
  | 'qca/truth-table'
  | 'qca/minimize'
  | 'qca/necessity'
  | 'qca/request'
  /** A search used up its work budget; the message says how far it got. */
  | 'qca/budget'
  | 'qca/analysis-file';

export class QcaError extends WayfinderError {
  override readonly name = 'QcaError';
  declare readonly code: QcaErrorCode;
  constructor(code: QcaErrorCode, message: string, issues: readonly Issue[] = [], said?: Said) {
    super(code, message, issues, said);
  }
}

/** The largest number of conditions the engine accepts (a truth table of 2^30 rows). */
export const MAX_CONDITIONS = 30;

/** The most rows a truth table may have, multi-value levels included: as many as 30 crisp conditions make. */
export const MAX_TABLE_ROWS = 2 ** 30;

/**
 * The most levels a crisp condition may have. Multi-value conditions have a few levels; a column
 * with more is raw data never calibrated (GDP per capita read as 1,099 levels), which QCA also
 * refuses ("possibly uncalibrated multi-value conditions").
 */
export const MAX_CONDITION_LEVELS = 20;
