import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isStoreBusy, isUniqueViolation } from '../../../src/store/errors.js';
import { openPostgresConnection } from '../../../src/store/postgres/pg-connection.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../../../src/store/postgres/test-database.js';
import type { SqlConnection } from '../../../src/store/sql.js';

let db: PostgresTestDatabase;
let conn: SqlConnection;

beforeAll(() => {
  db = createPostgresTestDatabase();
  conn = db.conn;
  conn.exec('CREATE TABLE notes (key text PRIMARY KEY, body text NOT NULL)');
});
afterAll(() => db?.cleanup());
beforeEach(() => conn.exec('DELETE FROM notes'));

const add = (key: string, body = key) => conn.statement('INSERT INTO notes (key, body) VALUES (?, ?)').run(key, body);
const keys = () => conn.statement('SELECT key FROM notes ORDER BY key').values<string>();

describe('transactions on PostgreSQL', () => {
  it('commits what the work wrote and returns its result', () => {
    const result = conn.transaction(() => {
      expect(conn.inTransaction).toBe(true);
      add('a');
      add('b');
      return 42;
    });
    expect(result).toBe(42);
    expect(conn.inTransaction).toBe(false);
    expect(keys()).toEqual(['a', 'b']);
  });

  it('rolls everything back when the work throws, and rethrows', () => {
    expect(() =>
      conn.transaction(() => {
        add('a');
        throw new Error('changed my mind');
      }),
    ).toThrow('changed my mind');
    expect(conn.inTransaction).toBe(false);
    expect(keys()).toEqual([]);
  });

  it('undoes only the inner transaction (a savepoint) when it throws', () => {
    conn.transaction(() => {
      add('outer-before');
      expect(() =>
        conn.transaction(() => {
          add('inner');
          conn.transaction(() => add('innermost'));
          throw new Error('inner fails');
        }),
      ).toThrow('inner fails');
      expect(conn.inTransaction).toBe(true);
      add('outer-after');
    });
    expect(keys()).toEqual(['outer-after', 'outer-before']);
  });

  it('keeps a committed inner savepoint when the outer transaction commits, and drops it when the outer rolls back', () => {
    conn.transaction(() => conn.transaction(() => add('kept')));
    expect(() =>
      conn.transaction(() => {
        conn.transaction(() => add('dropped'));
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(keys()).toEqual(['kept']);
  });

  it('refuses work that returns a promise, and leaves nothing behind', () => {
    expect(() => conn.transaction(() => Promise.resolve(add('async')))).toThrow(/promise/);
    expect(keys()).toEqual([]);
  });
});

describe('errors the layer above reads', () => {
  it('a duplicate key is a unique violation, and the transaction around it goes on (as in SQLite)', () => {
    add('same');
    let caught: unknown;
    conn.transaction(() => {
      add('before');
      try {
        add('same');
      } catch (err) {
        caught = err;
      }
      add('after');
    });
    expect(isUniqueViolation(caught)).toBe(true);
    expect(isStoreBusy(caught)).toBe(false);
    expect(keys()).toEqual(['after', 'before', 'same']);
  });

  it('a write waiting on another connection’s row lock gives up as "store busy" after lock_timeout', () => {
    add('contended', 'first');
    const other = openPostgresConnection(db.url, { lockTimeoutMs: 150 });
    try {
      let caught: unknown;
      conn.transaction(() => {
        conn.statement('UPDATE notes SET body = ? WHERE key = ?').run('held', 'contended');
        // This connection holds the row lock until it commits; the other one cannot have it.
        try {
          other.statement('UPDATE notes SET body = ? WHERE key = ?').run('second', 'contended');
        } catch (err) {
          caught = err;
        }
      });
      expect(isStoreBusy(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('55P03');
      // Once the lock is free the other connection writes as usual.
      expect(other.statement('UPDATE notes SET body = ? WHERE key = ?').run('second', 'contended').changes).toBe(1);
      expect(conn.statement('SELECT body FROM notes WHERE key = ?').value('contended')).toBe('second');
    } finally {
      other.close();
    }
  });
});
