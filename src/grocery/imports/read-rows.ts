import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../errors.js';
import { CsvSyntaxError, parseCsv } from './csv.js';

/** A data row keyed by lower-case column name, with the line it came from. */
export interface SourceRow {
  line: number;
  values: Record<string, unknown>;
}

/** Rows read from a file, plus rows that could not even be read as a record. */
export interface SourceRows {
  rows: SourceRow[];
  bad: { line: number; reason: string }[];
}

/** Columns with other common spellings, so exports from other tools import as they are. */
const COLUMN_ALIASES: Record<string, string> = {
  qty: 'quantity', item: 'product_name', product: 'product_name', order: 'order_id', order_number: 'order_id',
  order_date: 'date', upc: 'sku', price_usd: 'price', store_brand: 'is_store_brand',
};

/**
 * Reads a CSV, JSONL or JSON file (by extension) into rows. Problems that make the whole file
 * unusable (missing file, binary content, missing required columns, broken quoting, invalid
 * JSON) throw an `IMPORT_FAILED` AppError; a single bad JSONL line is returned in `bad`.
 */
export function readRows(filePath: string, formats: readonly ('csv' | 'jsonl' | 'json')[], required: readonly string[]): SourceRows {
  const ext = path.extname(filePath).slice(1).toLowerCase();
  const format = formats.find((f) => f === ext || (f === 'jsonl' && ext === 'ndjson'));
  if (!format) fail(`${path.basename(filePath)}: unsupported file type .${ext || '?'}; use ${formats.map((f) => `.${f}`).join(', ')}`);
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (err) {
    fail(`cannot read ${filePath}: ${(err as Error).message}`, err);
  }
  if (text.includes('\u0000')) fail(`${path.basename(filePath)} is not a text file`);
  if (format === 'csv') return fromCsv(text, required);
  if (format === 'jsonl') return fromJsonLines(text);
  return fromJsonArray(text);
}

function fromCsv(text: string, required: readonly string[]): SourceRows {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) fail(`not valid CSV: ${err.message}`, err);
    throw err;
  }
  const header = records.shift();
  if (!header) fail('the file is empty');
  const columns = header.fields.map(columnName);
  const missing = required.filter((r) => !columns.includes(r));
  if (missing.length) fail(`line ${header.line}: the header is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const rows: SourceRow[] = [];
  const bad: SourceRows['bad'] = [];
  for (const r of records) {
    if (r.fields.length !== columns.length) {
      bad.push({ line: r.line, reason: `has ${r.fields.length} fields but the header has ${columns.length}` });
      continue;
    }
    const values: Record<string, unknown> = {};
    columns.forEach((c, k) => (values[c] = r.fields[k]!.trim()));
    rows.push({ line: r.line, values });
  }
  return { rows, bad };
}

function fromJsonLines(text: string): SourceRows {
  const rows: SourceRow[] = [];
  const bad: SourceRows['bad'] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = k + 1;
    if (!raw.trim()) return;
    try {
      const v = JSON.parse(raw) as unknown;
      if (v && typeof v === 'object' && !Array.isArray(v)) rows.push({ line, values: normalizeKeys(v as Record<string, unknown>) });
      else bad.push({ line, reason: 'is not a JSON object' });
    } catch {
      bad.push({ line, reason: 'is not valid JSON' });
    }
  });
  return { rows, bad };
}

/** A JSON array of flat objects; each row's line is where its object starts in the file. */
function fromJsonArray(text: string): SourceRows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    fail(`not valid JSON: ${(err as Error).message}`, err);
  }
  const list = Array.isArray(data) ? data : (data as { orders?: unknown })?.orders;
  if (!Array.isArray(list)) fail('expected a JSON array of rows (or { "orders": [...] })');
  const starts = objectStartLines(text);
  const rows: SourceRow[] = [];
  const bad: SourceRows['bad'] = [];
  list.forEach((v, k) => {
    const line = starts[k] ?? k + 1;
    if (v && typeof v === 'object' && !Array.isArray(v)) rows.push({ line, values: normalizeKeys(v as Record<string, unknown>) });
    else bad.push({ line, reason: 'is not a JSON object' });
  });
  return { rows, bad };
}

/** Line numbers where each element of the outermost array starts, found by one pass over the text. */
function objectStartLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let arrayDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      if (arrayDepth === -1 && c === '[') arrayDepth = depth + 1;
      else if (depth === arrayDepth) starts.push(line);
      depth++;
    } else if (c === ']' || c === '}') depth--;
  }
  return starts;
}

function columnName(raw: string): string {
  const c = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return COLUMN_ALIASES[c] ?? c;
}

function normalizeKeys(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, value] of Object.entries(v)) out[columnName(k)] = value;
  return out;
}

function fail(detail: string, cause?: unknown): never {
  throw new AppError('IMPORT_FAILED', { detail, userMessage: `The import failed and nothing was changed: ${detail}.`, cause });
}
