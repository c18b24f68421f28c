import type { Result } from '../errors';
import type { Migration, VersionedFileKind } from '../versioned-file';
import { readVersionedFile, writeVersionedFile } from '../versioned-file';
import { LogicsError } from './errors';
import type { EquityMatrix } from './matrix';
import { MATRIX_FORMAT, MATRIX_VERSION, matrixLinkIssues } from './matrix';
import { equityMatrixSchema } from './matrix-schema';

/** Migrations of the matrix file by the version they start from; none yet (schema 1). */
export const matrixMigrations: Readonly<Record<number, Migration>> = {};

const matrixFile: VersionedFileKind<EquityMatrix> = {
  format: MATRIX_FORMAT,
  noun: 'equity-logic matrix',
  currentVersion: MATRIX_VERSION,
  migrations: matrixMigrations,
  schema: equityMatrixSchema,
  links: matrixLinkIssues,
  error: (message, issues, said) => new LogicsError('logics/import', message, issues, said),
};

export function importMatrix(text: string): Result<EquityMatrix> {
  return readVersionedFile(text, matrixFile);
}

/** The matrix as a file; one that would not read back throws a `LogicsError` naming each problem. */
export function exportMatrix(matrix: EquityMatrix): string {
  return writeVersionedFile(matrix, matrixFile);
}
