/** One CSV record with the 1-based line it starts on, so errors can point at it. */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Thrown for CSV that cannot be read past a point (an unterminated quote swallows the rest). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  constructor(readonly line: number, message: string) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Parses RFC 4180 CSV: quoted fields with embedded commas, quotes ("") and newlines, CRLF or LF
 * line ends, an optional byte-order mark. Blank lines are skipped.
 *
 * @example
 * parseCsv('name,price\r\n"Milk, whole",3.48\r\n') // [{ line: 1, fields: ['name','price'] }, { line: 2, fields: ['Milk, whole','3.48'] }]
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let line = 1;
  let i = 0;
  while (i < s.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quotedField = false;
    for (;;) {
      if (i >= s.length) {
        fields.push(field);
        break;
      }
      const c = s[i]!;
      if (c === '"' && field === '' && !quotedField) {
        // A quoted field: read to the closing quote, doubling "" as one quote.
        quotedField = true;
        i++;
        for (;;) {
          const q = s.indexOf('"', i);
          if (q === -1) throw new CsvSyntaxError(start, 'a quoted field is never closed');
          const chunk = s.slice(i, q);
          for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) line++;
          field += chunk;
          if (s[q + 1] === '"') {
            field += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        if (i < s.length && s[i] !== ',' && s[i] !== '\n' && s[i] !== '\r') {
          throw new CsvSyntaxError(start, 'unexpected text after a closing quote');
        }
        continue;
      }
      if (c === ',') {
        fields.push(field);
        field = '';
        quotedField = false;
        i++;
        continue;
      }
      if (c === '\n' || c === '\r') {
        fields.push(field);
        i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      field += c;
      i++;
    }
    if (!(fields.length === 1 && fields[0] === '' )) records.push({ line: start, fields });
  }
  return records;
}
