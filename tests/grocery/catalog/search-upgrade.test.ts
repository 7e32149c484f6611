import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.js';
import { MIGRATIONS } from '../../../src/store/migrations/index.js';
import type { Catalog } from '../../../src/grocery/catalog/index.js';
import { catalogOf, seedDemoStoreInto } from '../../helpers/catalog.js';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('catalog search on a database from before migration 006', () => {
  it('finds the same products, ranked the same, after the upgrade', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-upgrade-'));
    const old = openDatabase({ dataDir: dir, migrations: MIGRATIONS.filter((m) => m.version < 6) });
    seedDemoStoreInto(old, { now: Date.UTC(2026, 10, 20) });
    const queries = ['milk', 'bananna', 'pop', 'great value whole mi', 'Tide mac and cheese', 'chips'];
    const search = (catalog: Catalog) =>
      queries.map((query) => catalog.search({ query, limit: 10 }).map((h) => [h.product.id, h.score]));
    const before = search(catalogOf(old));
    old.close();

    const upgraded = openDatabase({ dataDir: dir });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(search(catalogOf(upgraded))).toEqual(before);
    expect(before.every((hits) => hits.length > 0)).toBe(true);
    upgraded.close();
  });
});
