import type { Result } from '../errors';
import type { Migration } from '../versioned-file';
import { readVersionedFile } from '../versioned-file';
import { LogicsError } from './errors';
import type { EquityMatrix } from './matrix';
import { MATRIX_FORMAT, MATRIX_VERSION, matrixLinkIssues } from './matrix';
import { equityMatrixSchema } from './matrix-schema';

/** Migrations of the matrix file by the version they start from; none yet (schema 1). */
export const matrixMigrations: Readonly<Record<number, Migration>> = {};

export function importMatrix(text: string): Result<EquityMatrix> {
  return readVersionedFile(text, {
    format: MATRIX_FORMAT,
    noun: 'equity-logic matrix',
    currentVersion: MATRIX_VERSION,
    migrations: matrixMigrations,
    schema: equityMatrixSchema,
    links: matrixLinkIssues,
    error: (message, issues) => new LogicsError('logics/import', message, issues),
  });
}

export function exportMatrix(matrix: EquityMatrix): string {
  return `${JSON.stringify(equityMatrixSchema.parse(matrix), null, 2)}\n`;
}
