import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageDedupe } from '../../src/store/conversations/index.js';
import { openDatabase } from '../../src/store/database.js';
import { sqliteConnection } from '../../src/store/sql.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';

describe('the dedupe table after migration 007', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it('still knows every message handled before the upgrade, and keeps one reply per message after it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-dedupe-'));
    dirs.push(dir);
    let clock = 1_000;
    const before = openDatabase({ dataDir: dir, migrations: MIGRATIONS.filter((m) => m.version < 7) });
    const old = createMessageDedupe(sqliteConnection(before), () => clock);
    for (let i = 0; i < 50; i++) old.remember('telegram', `42:${i}`, { text: `reply ${i}` });
    old.remember('web', 's1:m1', null);
    before.close();

    const db = openDatabase({ dataDir: dir });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    const dedupe = createMessageDedupe(sqliteConnection(db), () => clock);
    expect(dedupe.lookup('telegram', '42:17')).toEqual({ text: 'reply 17' });
    expect(dedupe.lookup('web', 's1:m1')).toBeNull();
    expect(dedupe.lookup('teams', '42:17')).toBeUndefined();

    dedupe.remember('telegram', '42:17', { text: 'answered again' });
    expect(dedupe.lookup('telegram', '42:17')).toEqual({ text: 'answered again' });
    expect(db.prepare("SELECT count(*) AS n FROM processed_messages WHERE message_key = '42:17'").get()).toEqual({ n: 1 });

    clock = 10_000;
    dedupe.remember('web', 's1:m2', { text: 'new' });
    // Everything from before the upgrade is older than 5 s; the message just handled stays.
    expect(dedupe.prune(5_000)).toBe(51);
    expect(dedupe.lookup('web', 's1:m2')).toEqual({ text: 'new' });
    expect(dedupe.lookup('telegram', '42:3')).toBeUndefined();
    db.close();
  });
});
