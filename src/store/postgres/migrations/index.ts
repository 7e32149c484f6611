import * as m001 from './001-initial.js';
import * as m002 from './002-catalog-search.js';
import * as m003 from './003-explicit-ids.js';
import * as m004 from './004-list-item-count.js';

/** A numbered PostgreSQL schema change; numbers only grow, and a released one never changes. */
export interface PostgresMigration {
  version: number;
  name: string;
  up: string;
}

/**
 * Every PostgreSQL migration in order. Versions 1-3 together are SQLite's 1-11, 4 is its 12 (the same final
 * schema, see each file for the differences). The two engines number their migrations apart: a
 * later schema change is written twice, the next SQLite version in src/store/migrations/ and the
 * next PostgreSQL version here, each with its own number (say SQLite 12 and PostgreSQL 4), and
 * tests/store/postgres/schema.test.ts fails until both have it.
 */
export const PG_MIGRATIONS: readonly PostgresMigration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'catalog-search', up: m002.up },
  { version: 3, name: 'explicit-ids', up: m003.up },
  { version: 4, name: 'list-item-count', up: m004.up },
];
