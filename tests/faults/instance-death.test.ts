import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runFaultScenario, startInstance, UNLIMITED, type Instance } from '../../bench/fleet-harness.js';
import { createPostgresTestDatabase, type PostgresTestDatabase } from '../../src/store/postgres/test-database.js';

/**
 * Two real instances (`node dist/src/main.js`, built by `npm test`) on one shared store (a SQLite
 * file, or PostgreSQL under STORE=postgres); people
 * chat spread over both; one instance is killed with SIGKILL while they are adding things. Its
 * people reconnect to the other with their session tokens and resend what was not answered, with
 * the same message ids. Every add the server acknowledged is on the person's list exactly once.
 */
const MAIN = path.resolve('dist/src/main.js');
const PEOPLE = 6;
const MESSAGES = 8;

let dataDir: string;
let pg: PostgresTestDatabase | undefined;
const running: Instance[] = [];

beforeAll(() => {
  if (!fs.existsSync(MAIN)) throw new Error('dist/src/main.js is missing: run `npm run build` first (npm test does)');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((i) => i.stop('SIGKILL')));
  fs.rmSync(dataDir, { recursive: true, force: true });
  pg?.cleanup();
  pg = undefined;
});

/** The person's lines, read over the REST API of `inst` with their session token. */
async function linesOf(inst: Instance, token: string): Promise<{ name: string; quantity: number }[]> {
  const auth = { authorization: `Bearer ${token}` };
  const { lists } = (await (await fetch(`${inst.url}/api/lists`, { headers: auth })).json()) as { lists: { id: number }[] };
  const out: { name: string; quantity: number }[] = [];
  for (const l of lists) {
    const snap = (await (await fetch(`${inst.url}/api/lists/${l.id}`, { headers: auth })).json()) as {
      groups: { lines: { itemName: string; name: string; amountText: string; quantityText: string }[] }[];
    };
    for (const g of snap.groups) for (const line of g.lines) out.push({ name: line.itemName ?? line.name, quantity: Number(/\d+/.exec(line.quantityText)?.[0] ?? 1) });
  }
  return out;
}

describe('an instance dies mid-conversation', () => {
  it('its people carry on on the other instance, and every acknowledged add is there exactly once', async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ga-fleet-'));
    // The shared store: one SQLite file, or under STORE=postgres a PostgreSQL database of its own.
    pg = process.env.STORE === 'postgres' ? createPostgresTestDatabase() : undefined;
    const env = { ...UNLIMITED, DATA_DIR: dataDir, DEMO_STORE: 'off', JOBS: 'off', SESSION_SECRET: 'instance-death-test-secret', ...(pg ? { DATABASE_URL: pg.url } : {}) };
    const a = await startInstance(env);
    running.push(a);
    const b = await startInstance(env);
    running.push(b);

    const result = await runFaultScenario({
      urls: [a.wsUrl, b.wsUrl],
      people: PEOPLE,
      messages: MESSAGES,
      text: 'add one more lemon',
      killAfter: PEOPLE * 2,
      kill: () => b.stop('SIGKILL'),
    });

    expect(b.proc.signalCode).toBe('SIGKILL');
    // People started on both instances, and those on the dead one finished on the live one.
    expect(result.startedOn.filter((i) => i === 1).length).toBe(PEOPLE / 2);
    expect(result.endedOn.every((i) => i === 0)).toBe(true);
    expect(result.reconnects).toBeGreaterThanOrEqual(PEOPLE / 2);
    for (const [token, acked] of result.acked) {
      expect(acked).toBe(MESSAGES);
      const lemons = (await linesOf(a, token)).filter((l) => /lemon/i.test(l.name));
      expect(lemons).toHaveLength(1);
      expect(lemons[0]!.quantity).toBe(MESSAGES);
    }
  }, 180_000);
});
