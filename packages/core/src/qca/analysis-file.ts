import * as z from 'zod';
import { datasetSchema } from '../dataset/schema';
import { DatasetError, validateDataset } from '../dataset/validate';
import type { Issue, Result } from '../errors';
import type { Migration, VersionedFileKind } from '../versioned-file';
import { readVersionedFile, writeVersionedFile } from '../versioned-file';
import { keyedIssue } from '../said';
import { QcaError } from './errors';

const anchor = z.number().finite();

/** How one raw variable is calibrated, as the calibration widgets edit it. */
export const calibrationSettingSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('crisp'), thresholds: z.array(anchor) }),
  z.object({ mode: z.literal('direct'), anchors: z.object({ e: anchor, c: anchor, i: anchor }), preset: z.enum(['qca', 'fsqca']), shape: z.enum(['logistic', 's-shaped']) }),
  z.object({ mode: z.literal('bell'), anchors: z.object({ e1: anchor, c1: anchor, i1: anchor, i2: anchor, c2: anchor, e2: anchor }) }),
  // Memberships out of [0, 1] are kept (the engine names them when calibrating), so no typing is lost.
  z.object({ mode: z.literal('assign'), thresholds: z.array(anchor).min(1), memberships: z.array(anchor) }),
  z.object({ mode: z.literal('indirect'), thresholds: z.array(anchor).min(1) }),
]);

export const ANALYSIS_FORMAT = 'wayfinder.analysis';
export const ANALYSIS_VERSION = 3;

/**
 * A QCA analysis as a file: the data as imported (and the text in the data box, imported or not yet), which variable is
 * the outcome, each raw variable's calibration, the consistency cut, the OUT values set by hand
 * per truth-table row and the directional expectations. Results are not stored: they are
 * recomputed from these.
 */
export const analysisFileSchema = z.object({
  format: z.literal(ANALYSIS_FORMAT),
  schemaVersion: z.literal(ANALYSIS_VERSION),
  name: z.string(),
  source: z.string(),
  /** The data's column of case ids as the user chose it (`null`: the cases are numbered); left out, the importer chooses. */
  caseIdColumn: z.string().nullable().optional(),
  dataset: datasetSchema.nullable(),
  outcome: z.string().nullable(),
  calibrations: z.record(z.string(), calibrationSettingSchema),
  inclCut: z.number().min(0).max(1),
  overrides: z.record(z.string().regex(/^\d+$/, 'issue.rowIdWhole'), z.enum(['0', '1', 'C'])),
  /** Directional expectations per condition, for the intermediate solution; files without them have none. */
  directional: z.record(z.string(), z.enum(['present', 'absent'])).optional(),
  /** List every irredundant model, not only the minimal ones (QCA's all.sol). */
  allSolutions: z.boolean().optional(),
  /** Schema 2: analyse the outcome's negation (QCA's neg.out). */
  negateOutcome: z.boolean().optional(),
  /** Schema 2: variables left out of the conditions (all the others but the outcome are used). */
  excludedConditions: z.array(z.string()).optional(),
  /** Schema 2: the lower consistency cut of the C band (rows between it and `inclCut` are contradictions). */
  inclCutLow: z.number().min(0).max(1).optional(),
  /** Schema 2: rows with fewer cases are remainders (n.cut). */
  nCut: z.number().int().min(1).optional(),
  /** Schema 2: rows below this PRI are negative (pri.cut). */
  priCut: z.number().min(0).max(1).optional(),
  /** Schema 2: contradictions count as positive (include "?,C"): in the conservative solution, and no longer as negative rows for the others. */
  includeContradictions: z.boolean().optional(),
  /** Schema 2: prime implicants dominated by another are dropped (row.dom). */
  rowDominance: z.boolean().optional(),
  /** Schema 3: remainder rows (by id) no simplification may assume, being impossible or untenable (QCA's exclude). */
  excludedRemainders: z.array(z.number().int().min(1)).optional(),
});

export type AnalysisFile = z.infer<typeof analysisFileSchema>;

export function emptyAnalysis(name = ''): AnalysisFile {
  return { format: ANALYSIS_FORMAT, schemaVersion: ANALYSIS_VERSION, name, source: '', dataset: null, outcome: null, calibrations: {}, inclCut: 0.8, overrides: {} };
}

/**
 * Migrations of the analysis file by the version they start from. Schema 2 adds the analysis
 * parameters beyond the consistency cut (negated outcome, conditions left out, the C band, n and
 * PRI cuts, contradictions, row dominance), all optional: a schema-1 file
 * means the defaults. Schema 3 adds the remainders left out (none in an older file). The number
 * changes so that a kit that reads only older schemas refuses a newer file rather than dropping
 * its parameters without a word.
 */
export const analysisMigrations: Readonly<Record<number, Migration>> = { 1: (document) => document, 2: (document) => document };

/** The rules a dataset follows wherever it comes from (unique ids and names, memberships in [0, 1], …), at their place in the file. */
function datasetIssues(file: AnalysisFile): Issue[] {
  if (!file.dataset) return [];
  try {
    validateDataset(file.dataset);
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.issues.map((issue) => ({ ...issue, path: ['dataset', ...issue.path] }));
  }
}

function analysisLinks(file: AnalysisFile): Issue[] {
  const names = new Set(file.dataset?.variables.map((variable) => variable.name) ?? []);
  return [
    ...datasetIssues(file),
    ...(file.excludedConditions ?? []).flatMap((name, index) => (names.has(name) ? [] : [keyedIssue(['excludedConditions', index], 'issue.noDataVariable', { name })])),
    ...(file.inclCutLow !== undefined && file.inclCutLow > file.inclCut ? [keyedIssue(['inclCutLow'], 'issue.cutOrder')] : []),
    ...(file.outcome !== null && !names.has(file.outcome) ? [keyedIssue(['outcome'], 'issue.noDataVariable', { name: file.outcome })] : []),
    ...(['calibrations', 'directional'] as const).flatMap((key) =>
      Object.keys(file[key] ?? {})
        .filter((name) => !names.has(name))
        .map((name) => keyedIssue([key, name], 'issue.noDataVariable', { name })),
    ),
  ];
}

const analysisFile: VersionedFileKind<AnalysisFile> = {
  format: ANALYSIS_FORMAT,
  noun: 'analysis',
  currentVersion: ANALYSIS_VERSION,
  migrations: analysisMigrations,
  schema: analysisFileSchema,
  links: analysisLinks,
  error: (message, issues, said) => new QcaError('qca/analysis-file', message, issues, said),
};

/** Reads an analysis file; every problem is reported with its place, and a newer file is refused. */
export function importAnalysis(text: string): Result<AnalysisFile> {
  return readVersionedFile(text, analysisFile);
}

/** The analysis as a file; one that would not read back throws a `QcaError` naming each problem. */
export function exportAnalysis(file: AnalysisFile): string {
  return writeVersionedFile(file, analysisFile);
}
