import type { Catalog } from '../../src/grocery/catalog/index.js';
import { createPreferenceMemory, type PreferenceMemory } from '../../src/memory/index.js';
import type { Db } from '../../src/store/database.js';
import { createMemoryStores } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { catalogOf } from '../helpers/catalog.js';

/** Demo-store milks the memory tests choose between (ids are stable: the store is generated from a fixed seed). */
export const GV_WHOLE_GAL = 524;
export const GV_2PCT_GAL = 526;
export const HORIZON_WHOLE_64 = 532;
export const FAIRLIFE_2PCT = 536;

/** What the preference-memory tests share; see {@link openMemoryTestBed}. */
export interface MemoryTestBed {
  db: Db;
  dir: string;
  catalog: Catalog;
  memory: PreferenceMemory;
  /** Two people with no history yet. */
  ana: number;
  ben: number;
  /** Closes the memory and removes the database. */
  close(): Promise<void>;
}

/**
 * The demo store on a temp SQLite file, its catalog, the preference memory on a clock that moves
 * one second per reading (from 2026-11-02), and two people: what the memory and product-choice
 * tests each set up before every test.
 *
 * @example
 * beforeEach(() => void ({ db, catalog, memory, ana, close } = openMemoryTestBed()));
 * afterEach(() => close());
 */
export function openMemoryTestBed(): MemoryTestBed {
  const { db, dir, cleanup } = createSeededTempDb();
  const catalog = catalogOf(db);
  const user = () => Number(db.prepare('INSERT INTO users (created_at) VALUES (0)').run().lastInsertRowid);
  const ana = user();
  const ben = user();
  let clock = Date.UTC(2026, 10, 2);
  const memory = createPreferenceMemory({ stores: createMemoryStores(sqliteConnection(db)), now: () => (clock += 1000) });
  return {
    db,
    dir,
    catalog,
    memory,
    ana,
    ben,
    async close() {
      await memory.close();
      cleanup();
    },
  };
}
