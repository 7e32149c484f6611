import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../../src/errors.js';
import { importCatalog, type ImportProgress } from '../../../src/grocery/imports/index.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb, onPostgres } from '../../helpers/temp-db.js';
import { catalogOf, catalogRepositoryOf } from '../../helpers/catalog.js';

const NOW = Date.UTC(2026, 10, 20);
let db: Db;
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ db, dir, cleanup } = createTempDb()));
afterEach(() => cleanup());

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const GOOD_AND_BAD = [
  'sku,name,brand,category,department,aisle,size,price,was_price,in_stock,rating,diet_flags,allergens,aliases',
  'A1,"Acme Whole Milk, 1 gal",Acme,milk,Dairy & Eggs,E1,1 gal,3.48,,yes,4.5,vegetarian|gluten_free,milk,moo juice',
  'A2,Acme Bread,Acme,bread,Bakery,B1,20 oz,,,yes,4.1,,wheat,',
  'A3,"Acme ""Best"" Eggs, 12 ct",Acme,eggs,Dairy & Eggs,E2,12 ct,$2.98,3.50,no,4.8,,egg,',
  'A4,Acme Soda,Acme,soda,Beverages,V1,2 l,cheap,,yes,,,,',
  'A5,Acme Chips,Acme,potato chips,Snacks,S1,8 oz,3.98,,yes,7,,,',
  'A6,too,few,fields',
  'A7,Acme Salsa,Acme,salsa,Condiments,K2,16 oz,2.48,,maybe,,,,',
].join('\r\n');

describe('importCatalog', () => {
  it('imports good rows, reports each bad row by line with a reason, and makes them searchable', () => {
    const progress: ImportProgress[] = [];
    const r = importCatalog(catalogRepositoryOf(db), write('products.csv', GOOD_AND_BAD), { clock: () => NOW, onProgress: (p) => progress.push(p) });
    expect(r.imported).toBe(2);
    expect(r.skipped.map((s) => s.line)).toEqual([3, 5, 6, 7, 8]);
    expect(r.skipped[0]!.reason).toMatch(/price is empty/);
    expect(r.skipped[1]!.reason).toMatch(/price "cheap"/);
    expect(r.skipped[2]!.reason).toMatch(/rating 7/);
    expect(r.skipped[3]!.reason).toMatch(/4 fields/);
    expect(r.skipped[4]!.reason).toMatch(/in_stock "maybe"/);
    const catalog = catalogOf(db);
    const milk = catalog.search({ query: 'milk' })[0]!.product;
    expect(milk).toMatchObject({ name: 'Acme Whole Milk, 1 gal', priceCents: 348, category: 'milk', dietFlags: ['vegetarian', 'gluten_free'] });
    expect(catalog.search({ query: 'moo juice' })[0]?.product.id).toBe(milk.id);
    const eggs = catalog.search({ query: 'eggs' })[0]!.product;
    expect(eggs).toMatchObject({ name: 'Acme "Best" Eggs, 12 ct', priceCents: 298, wasPriceCents: 350, inStock: false });
    expect(progress.at(-1)).toEqual({ done: 7, total: 7 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });

  it('reads JSONL and reports lines that are not JSON objects', () => {
    const file = write(
      'products.jsonl',
      [
        JSON.stringify({ name: 'Acme Oat Milk, 64 fl oz', category: 'plant milk', price: 3.98, size: '64 fl oz' }),
        '{ not json',
        '',
        '[1,2]',
        JSON.stringify({ name: 'Acme Kale', category: 'kale', price: '1.50', in_stock: false }),
      ].join('\n'),
    );
    const r = importCatalog(catalogRepositoryOf(db), file, { clock: () => NOW });
    expect(r).toEqual({ imported: 2, skipped: [{ line: 2, reason: 'is not valid JSON' }, { line: 4, reason: 'is not a JSON object' }] });
    expect(catalogOf(db).search({ query: 'kale' })[0]?.product).toMatchObject({ priceCents: 150, inStock: false });
  });

  it('re-importing updates products in place and records price changes in history', () => {
    const v1 = write('v1.csv', 'sku,name,category,price\nB1,Acme Coffee,coffee,8.98\n');
    const v2 = write('v2.csv', 'sku,name,category,price\nB1,Acme Coffee,coffee,7.48\n');
    importCatalog(catalogRepositoryOf(db), v1, { clock: () => NOW });
    importCatalog(catalogRepositoryOf(db), v2, { clock: () => NOW + 1000 });
    expect(count('products')).toBe(1);
    expect(db.prepare('SELECT price_cents FROM price_history ORDER BY observed_at').pluck().all()).toEqual([898, 748]);
  });

  it('refuses a file that is not CSV at all and changes nothing', () => {
    const prose = write('notes.csv', 'Dear diary, today I bought milk.\nIt was nice.\n');
    const binary = write('image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]).toString('latin1'));
    const broken = write('broken.csv', 'name,category,price\n"Milk,milk,3.48\n');
    for (const [file, why] of [[prose, /missing the columns name, category, price/], [binary, /not a text file/], [broken, /line 2/]] as const) {
      let error: unknown;
      try {
        importCatalog(catalogRepositoryOf(db), file);
      } catch (err) {
        error = err;
      }
      expect(isAppError(error, 'IMPORT_FAILED')).toBe(true);
      expect((error as Error).message).toMatch(why);
    }
    expect(() => importCatalog(catalogRepositoryOf(db), write('products.xlsx', 'x'))).toThrowError(/unsupported file type/);
    expect(count('products')).toBe(0);
  });

  it('is all or nothing: a database failure half way leaves no products behind', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `C${i},Acme Item ${i},snacks,1.${String(i % 100).padStart(2, '0')}`);
    rows[2500] = 'C2500,Boom,snacks,1.00';
    const file = write('big.csv', `sku,name,category,price\n${rows.join('\n')}\n`);
    // A real failure inside the database, the way a full disk or corrupt row would surface.
    db.exec(
      onPostgres
        ? `CREATE FUNCTION boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.name = 'Boom' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$;
           CREATE TRIGGER boom BEFORE INSERT ON products FOR EACH ROW EXECUTE FUNCTION boom();`
        : "CREATE TEMP TRIGGER boom BEFORE INSERT ON products WHEN new.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END;",
    );
    expect(() => importCatalog(catalogRepositoryOf(db), file)).toThrowError(/rolled back: disk on fire/);
    expect(count('products')).toBe(0);
    expect(count('price_history')).toBe(0);
    // SQLite's search index is a table of its own; PostgreSQL's is a column of the products.
    if (!onPostgres) expect(count('products_fts')).toBe(0);
  });
});
