import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPreferenceStore, type PreferenceStore } from '../../src/memory/index.js';
import { createPreferenceRepository } from '../../src/store/memory/index.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { createTempDb } from '../helpers/temp-db.js';

let prefs: PreferenceStore;
let cleanup: () => void;
let ana: number;
let ben: number;

beforeEach(() => {
  const t = createTempDb();
  cleanup = t.cleanup;
  ana = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
  ben = (t.db.prepare('INSERT INTO users (created_at) VALUES (0) RETURNING id').get() as { id: number }).id;
  prefs = createPreferenceStore(createPreferenceRepository(sqliteConnection(t.db)));
});
afterEach(() => cleanup());

describe('preference store', () => {
  it('remembers a stated allergy once, however it is capitalised', () => {
    expect(prefs.remember(ana, 'allergy', 'Peanuts')).toBe(true);
    expect(prefs.remember(ana, 'allergy', ' peanuts ')).toBe(false);
    expect(prefs.list(ana, 'allergy').map((p) => p.value)).toEqual(['peanuts']);
  });

  it("never shows one person's preferences to another", () => {
    prefs.remember(ana, 'diet', 'vegetarian');
    expect(prefs.list(ben)).toEqual([]);
  });

  it('a stated dislike replaces an earlier like of the same thing', () => {
    prefs.remember(ana, 'likes', 'cilantro');
    prefs.remember(ana, 'dislikes', 'cilantro');
    expect(prefs.list(ana).map((p) => `${p.kind}:${p.value}`)).toEqual(['dislikes:cilantro']);
  });

  it('learned brand choices add up in weight and rank first', () => {
    prefs.remember(ana, 'brand', 'horizon', { source: 'learned', weight: 1 });
    prefs.remember(ana, 'brand', 'great value', { source: 'learned', weight: 1 });
    prefs.remember(ana, 'brand', 'great value', { source: 'learned', weight: 1 });
    expect(prefs.list(ana, 'brand')[0]).toMatchObject({ value: 'great value', weight: 2, source: 'learned' });
  });
});
