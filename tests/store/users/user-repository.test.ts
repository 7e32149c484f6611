import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/database.js';
import { sqliteConnection } from '../../../src/store/sql.js';
import { createUserRepository, type UserRepository } from '../../../src/store/users/index.js';
import { createSeededTempDb } from '../../helpers/temp-db.js';

const AT = Date.UTC(2026, 10, 1);

let db: Db;
let cleanup: () => void;
let users: UserRepository;
let products: number[];

beforeEach(() => {
  ({ db, cleanup } = createSeededTempDb());
  users = createUserRepository(sqliteConnection(db));
  products = db.prepare('SELECT id FROM products ORDER BY id LIMIT 2').pluck().all() as number[];
});
afterEach(() => cleanup());

/** Links web identity `w` to `target` with a fresh code. */
function link(target: number, externalId: string) {
  users.replaceLinkCode(target, 'CODE000001', AT + 60_000, AT);
  return users.redeemLinkCode('CODE000001', { channel: 'web', externalId }, AT);
}

const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);

describe('user repository', () => {
  it('registers a channel identity once: asked again, it is the same person', () => {
    const ana = users.register('telegram', '42', 'Ana', AT);
    expect(users.register('telegram', '42', 'someone else', AT)).toEqual(ana);
    expect(users.findByIdentity('telegram', '42')).toEqual({ ...ana, displayName: 'Ana' });
    expect(users.findByIdentity('web', '42')).toBeUndefined();
    expect(users.identities(ana.id)).toEqual([{ channel: 'telegram', externalId: '42' }]);
  });

  it('changes nothing for a code that is unknown, already spent or expired', () => {
    const ana = users.register('telegram', 't', undefined, AT);
    const web = users.register('web', 'w', undefined, AT);
    expect(users.redeemLinkCode('NOSUCHCODE', { channel: 'web', externalId: 'w' }, AT)).toBeUndefined();
    users.replaceLinkCode(ana.id, 'CODE000001', AT + 60_000, AT);
    expect(users.redeemLinkCode('CODE000001', { channel: 'web', externalId: 'w' }, AT + 60_000)).toBeUndefined();
    expect(users.findByIdentity('web', 'w')!.id).toBe(web.id);
    expect(users.redeemLinkCode('CODE000001', { channel: 'teams', externalId: 'x' }, AT)!.id).toBe(ana.id);
    expect(users.redeemLinkCode('CODE000001', { channel: 'web', externalId: 'w' }, AT)).toBeUndefined();
    expect(users.identities(ana.id).map((i) => i.channel).sort()).toEqual(['teams', 'telegram']);
  });

  it('moves what the linked person stored to the target, and leaves behind only what the target already had the same of', () => {
    const ana = users.register('telegram', 't', 'Ana', AT);
    const web = users.register('web', 'w', undefined, AT);
    const [p1, p2] = products as [number, number];
    const order = db.prepare('INSERT INTO orders (user_id, external_id, ordered_at, total_cents) VALUES (?, ?, 0, ?)');
    order.run(ana.id, 'A1', 100);
    order.run(web.id, 'A1', 999);
    order.run(web.id, 'B2', 250);
    const alert = db.prepare('INSERT INTO price_alerts (user_id, product_id, target_price_cents, baseline_cents, created_at) VALUES (?, ?, ?, 500, 0)');
    alert.run(ana.id, p1, 300);
    alert.run(web.id, p1, 111);
    alert.run(web.id, p2, 222);
    const note = db.prepare("INSERT INTO notifications (user_id, dedupe_key, kind, payload, created_at) VALUES (?, ?, 'price_alert', ?, 0)");
    note.run(ana.id, 'k1', 'ana');
    note.run(web.id, 'k1', 'web');
    note.run(web.id, 'k2', 'web');
    const pref = db.prepare('INSERT INTO preferences (user_id, kind, value, weight, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)');
    pref.run(ana.id, 'likes', 'oat milk', 1);
    pref.run(web.id, 'likes', 'oat milk', 5);
    pref.run(web.id, 'diet', 'vegetarian', 1);
    db.prepare("INSERT INTO budgets (user_id, amount_cents, period, updated_at) VALUES (?, 15000, 'week', 0)").run(web.id);
    db.prepare("INSERT INTO conversations (id, user_id, channel, updated_at) VALUES ('web:w', ?, 'web', 0)").run(web.id);

    expect(link(ana.id, 'w')!.id).toBe(ana.id);

    expect(rows('SELECT user_id, external_id, total_cents FROM orders ORDER BY id')).toEqual([
      { user_id: ana.id, external_id: 'A1', total_cents: 100 },
      { user_id: web.id, external_id: 'A1', total_cents: 999 },
      { user_id: ana.id, external_id: 'B2', total_cents: 250 },
    ]);
    expect(rows('SELECT user_id, product_id, target_price_cents FROM price_alerts ORDER BY id')).toEqual([
      { user_id: ana.id, product_id: p1, target_price_cents: 300 },
      { user_id: web.id, product_id: p1, target_price_cents: 111 },
      { user_id: ana.id, product_id: p2, target_price_cents: 222 },
    ]);
    expect(rows('SELECT user_id, dedupe_key, payload FROM notifications ORDER BY id')).toEqual([
      { user_id: ana.id, dedupe_key: 'k1', payload: 'ana' },
      { user_id: web.id, dedupe_key: 'k1', payload: 'web' },
      { user_id: ana.id, dedupe_key: 'k2', payload: 'web' },
    ]);
    expect(rows('SELECT user_id, kind, value, weight FROM preferences ORDER BY id')).toEqual([
      { user_id: ana.id, kind: 'likes', value: 'oat milk', weight: 1 },
      { user_id: web.id, kind: 'likes', value: 'oat milk', weight: 5 },
      { user_id: ana.id, kind: 'diet', value: 'vegetarian', weight: 1 },
    ]);
    expect(rows('SELECT user_id, amount_cents FROM budgets WHERE user_id = ?', ana.id)).toEqual([{ user_id: ana.id, amount_cents: 15000 }]);
    expect(rows("SELECT user_id FROM conversations WHERE id = 'web:w'")).toEqual([{ user_id: ana.id }]);
    expect(users.findByIdentity('web', 'w')!.id).toBe(ana.id);
  });

  it("keeps the target's own budget, makes them owner of a list the linked person owned, and gives them a default list", () => {
    const ana = users.register('telegram', 't', 'Ana', AT);
    const web = users.register('web', 'w', undefined, AT);
    db.prepare("INSERT INTO budgets (user_id, amount_cents, period, updated_at) VALUES (?, 8000, 'month', 0)").run(ana.id);
    db.prepare("INSERT INTO budgets (user_id, amount_cents, period, updated_at) VALUES (?, 15000, 'week', 0)").run(web.id);
    const list = Number(db.prepare("INSERT INTO lists (owner_id, name, created_at, updated_at) VALUES (?, 'Shared', 0, 0)").run(web.id).lastInsertRowid);
    const member = db.prepare('INSERT INTO list_members (list_id, user_id, role, is_default, joined_at) VALUES (?, ?, ?, ?, 0)');
    member.run(list, web.id, 'owner', 1);
    member.run(list, ana.id, 'editor', 0);
    db.prepare("INSERT INTO list_items (list_id, name, added_by, position, created_at, updated_at) VALUES (?, 'milk', ?, 0, 0, 0)").run(list, web.id);
    const versionBefore = db.prepare('SELECT version FROM lists WHERE id = ?').pluck().get(list) as number;

    link(ana.id, 'w');

    expect(rows('SELECT user_id, amount_cents, period FROM budgets ORDER BY user_id')).toEqual([
      { user_id: ana.id, amount_cents: 8000, period: 'month' },
      { user_id: web.id, amount_cents: 15000, period: 'week' },
    ]);
    expect(rows('SELECT user_id, role, is_default FROM list_members WHERE list_id = ?', list)).toEqual([{ user_id: ana.id, role: 'owner', is_default: 1 }]);
    expect(rows('SELECT owner_id, version FROM lists WHERE id = ?', list)).toEqual([{ owner_id: ana.id, version: versionBefore + 1 }]);
    expect(rows('SELECT added_by FROM list_items WHERE list_id = ?', list)).toEqual([{ added_by: ana.id }]);
  });
});
