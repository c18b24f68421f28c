export { codeSchema, logicSchema, schemeSchema } from './scheme';
export { codingSchema, countSchema, respondentSchema, segmentSchema } from './coding';
export { aspectSchema, dimensionSchema, equityMatrixSchema, matrixCellSchema, matrixSchemeSchema, networkSchema } from './matrix-schema';
export { addImportedSegments, codingMigrations, exportCoding, exportSegmentsCsv, importCoding, importSegmentsCsv } from './transfer';
export type { ImportedSegments, SegmentsCsvOptions } from './transfer';
export { exportMatrix, importMatrix, matrixMigrations } from './matrix-file';
