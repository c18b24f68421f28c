export type { Case, Cell, Dataset, Variable, VariableScale } from './schema';
export { caseSchema, cellSchema, datasetSchema, VARIABLE_NAME, variableSchema } from './schema';
export { DatasetError, missingCases, validateDataset } from './validate';
