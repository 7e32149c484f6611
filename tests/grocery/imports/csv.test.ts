import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../src/grocery/imports/index.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFname,price,note\r\n"Milk, whole",3.48,"say ""hi"""\r\n"two\r\nlines",1,\r\n\r\nplain,2,x';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['name', 'price', 'note'] },
      { line: 2, fields: ['Milk, whole', '3.48', 'say "hi"'] },
      { line: 3, fields: ['two\r\nlines', '1', ''] },
      { line: 6, fields: ['plain', '2', 'x'] },
    ]);
  });

  it('reads LF files and keeps empty fields', () => {
    expect(parseCsv('a,,c\n,,\n')).toEqual([
      { line: 1, fields: ['a', '', 'c'] },
      { line: 2, fields: ['', '', ''] },
    ]);
  });

  it('points at the line of a quote that is never closed', () => {
    expect(() => parseCsv('name,price\nok,1\n"broken,2\nmore,3\n')).toThrowError(CsvSyntaxError);
    expect(() => parseCsv('name,price\nok,1\n"broken,2\nmore,3\n')).toThrowError(/line 3/);
  });
});
