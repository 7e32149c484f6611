/** SQL text with `?` placeholders numbered for PostgreSQL, and how many there are. */
export interface NumberedSql {
  text: string;
  params: number;
}

/**
 * Turns the portable positional `?` into PostgreSQL's `$1..$n`, leaving alone every `?` inside a
 * string literal ('...', E'...' with backslash escapes, $tag$...$tag$), a quoted identifier
 * ("..."), or a comment (`--` to end of line, nesting `/* *\/`). PostgreSQL's own `?` operators
 * (jsonb) are not portable SQL and are numbered like any other `?`.
 *
 * @example
 * numberPlaceholders("SELECT '?' AS q, id FROM t WHERE a = ? AND b = ?").text
 * // "SELECT '?' AS q, id FROM t WHERE a = $1 AND b = $2"
 */
export function numberPlaceholders(sql: string): NumberedSql {
  let out = '';
  let n = 0;
  let i = 0;
  let copiedTo = 0;
  const len = sql.length;
  while (i < len) {
    const c = sql[i]!;
    if (c === '?') {
      out += sql.slice(copiedTo, i) + '$' + ++n;
      copiedTo = ++i;
    } else if (c === "'") {
      const escapes = i > 0 && (sql[i - 1] === 'E' || sql[i - 1] === 'e') && !isWordChar(sql[i - 2]);
      i = endOfQuoted(sql, i, "'", escapes);
    } else if (c === '"') {
      i = endOfQuoted(sql, i, '"', false);
    } else if (c === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? len : eol + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      i = endOfBlockComment(sql, i);
    } else if (c === '$' && !isWordChar(sql[i - 1])) {
      i = endOfDollarQuoted(sql, i);
    } else {
      i++;
    }
  }
  return { text: n === 0 ? sql : out + sql.slice(copiedTo), params: n };
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_$]/.test(c);
}

/** Index just past a quoted run opened at `start`; a doubled quote stays inside. */
function endOfQuoted(sql: string, start: number, quote: string, backslashEscapes: boolean): number {
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i]!;
    if (backslashEscapes && c === '\\') i += 2;
    else if (c === quote && sql[i + 1] === quote) i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return sql.length;
}

function endOfBlockComment(sql: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < sql.length) {
    if (sql[i] === '/' && sql[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (sql[i] === '*' && sql[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return sql.length;
}

/** `$tag$ ... $tag$` (or `$$ ... $$`); a `$` that opens no such quote (as in `$1`) is one character. */
function endOfDollarQuoted(sql: string, start: number): number {
  const open = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(start, start + 64));
  if (!open) return start + 1;
  const close = sql.indexOf(open[0], start + open[0].length);
  return close < 0 ? sql.length : close + open[0].length;
}
