/** Progress of an import: rows handled so far out of the rows in the file. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** What an import did: rows written, and each skipped row with its line number and reason. */
export interface ImportResult {
  imported: number;
  skipped: { line: number; reason: string }[];
}
