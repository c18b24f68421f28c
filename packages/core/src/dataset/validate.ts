import type { Issue } from '../errors';
import { WayfinderError } from '../errors';
import { keyedIssue, say } from '../said';
import { schemaIssues } from '../schema-issues';
import type { Dataset } from './schema';
import { datasetSchema } from './schema';

export class DatasetError extends WayfinderError {
  override readonly name = 'DatasetError';
  constructor(issues: readonly Issue[]) {
    const { message, said } = say('issue.datasetProblems', { count: issues.length });
    super('dataset/invalid', message, issues, said);
  }
}

/**
 * Checks the shape with zod, then the rules a schema cannot state alone: ids are unique, every
 * case has a value (or an explicit `null`) for every variable and nothing else, memberships lie in
 * [0, 1] and levels are whole numbers. All problems are reported at once.
 */
export function validateDataset(input: unknown): Dataset {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) {
    throw new DatasetError(schemaIssues(parsed.error.issues));
  }
  const dataset = parsed.data;
  const issues: Issue[] = [];

  const variableIndex = new Map<string, number>();
  dataset.variables.forEach((variable, index) => {
    const first = variableIndex.get(variable.name);
    if (first === undefined) variableIndex.set(variable.name, index);
    else issues.push(keyedIssue(['variables', index, 'name'], 'issue.duplicateVariable', { name: variable.name, first }));
  });

  const caseIndex = new Map<string, number>();
  dataset.cases.forEach((datum, row) => {
    const first = caseIndex.get(datum.id);
    if (first === undefined) caseIndex.set(datum.id, row);
    else issues.push(keyedIssue(['cases', row, 'id'], 'issue.duplicateCaseId', { id: datum.id, first }));

    for (const variable of dataset.variables) {
      const path = ['cases', row, 'values', variable.name];
      if (!Object.hasOwn(datum.values, variable.name)) {
        issues.push(keyedIssue(path, 'issue.noValue'));
        continue;
      }
      const value = datum.values[variable.name];
      if (value === null || value === undefined) continue;
      if (!Number.isFinite(value)) issues.push(keyedIssue(path, 'issue.notFinite', { value: String(value) }));
      else if (variable.scale === 'membership' && (value < 0 || value > 1)) {
        issues.push(keyedIssue(path, 'issue.outsideUnit', { value: String(value) }));
      } else if (variable.scale === 'levels' && (!Number.isInteger(value) || value < 0)) {
        issues.push(keyedIssue(path, 'issue.notLevel', { value: String(value) }));
      }
    }
    for (const name of Object.keys(datum.values)) {
      if (!variableIndex.has(name)) issues.push(keyedIssue(['cases', row, 'values', name], 'issue.notDeclared', { name }));
    }
  });

  if (issues.length > 0) throw new DatasetError(issues);
  return dataset;
}

/** The cases whose value for `variable` is missing, in data order. */
export function missingCases(dataset: Dataset, variable: string): string[] {
  return dataset.cases.filter((datum) => datum.values[variable] === null).map((datum) => datum.id);
}
