import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from '../../../src/store/postgres/placeholders.js';

describe('numbering ? placeholders for PostgreSQL', () => {
  it('numbers each ? in order', () => {
    expect(numberPlaceholders('SELECT * FROM t WHERE a = ? AND b IN (?, ?)')).toEqual({
      text: 'SELECT * FROM t WHERE a = $1 AND b IN ($2, $3)',
      params: 3,
    });
  });

  it('leaves a ? inside string literals, quoted identifiers and comments alone', () => {
    const sql = `SELECT 'why?', 'it''s ?', E'a\\'?', "odd?col", $$x?$$, $t$y?$t$ -- what?
      /* outer /* inner? */ still? */ FROM t WHERE a = ?`;
    const { text, params } = numberPlaceholders(sql);
    expect(params).toBe(1);
    expect(text.endsWith('WHERE a = $1')).toBe(true);
    expect(text.replace('WHERE a = $1', 'WHERE a = ?')).toBe(sql);
  });

  it('returns SQL without placeholders unchanged', () => {
    expect(numberPlaceholders("SELECT '?' AS q")).toEqual({ text: "SELECT '?' AS q", params: 0 });
  });
});
