export { addImportedSegments, codingMigrations, exportCoding, exportSegmentsCsv, importCoding, importSegmentsCsv } from './transfer';
export type { ImportedSegments, SegmentsCsvOptions } from './transfer';
