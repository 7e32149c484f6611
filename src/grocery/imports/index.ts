/** Catalog and order-history imports from CSV, JSONL and JSON files, with progress reporting. */
export { importCatalog, type ImportCatalogOptions } from './import-catalog.js';
export { importOrders, type ImportOrdersOptions, type ImportOrdersResult } from './import-orders.js';
export type { ImportProgress, ImportResult } from './import-result.js';
export { createProgressReporter, type ProgressReporter, type ProgressReporterOptions, type ProgressStream } from './progress-reporter.js';
export { parseCsv, CsvSyntaxError, type CsvRecord } from './csv.js';
