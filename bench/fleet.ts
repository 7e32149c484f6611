/**
 * Several instances as one (issue 17): real processes (`node dist/src/main.js`) on one
 * PostgreSQL database and one Redis, driven by the realistic chat mix (bench/chat-mix.ts) from a
 * load process of their own (bench/ws-load-client.ts).
 *
 * - one instance, then two, the same mix and the same number of people (spread over the two):
 *   `fleet_turns_per_s_1`, `fleet_turns_per_s_2`, and their p50/p99. On this 2-core machine the
 *   two instances, PostgreSQL, Redis and the load client share two cores, so two instances can at
 *   best keep the figure; the point is that they act as one.
 * - the fault: people adding things, spread over two instances; one is killed with SIGKILL mid-
 *   load; its people reconnect to the other and resend what was not acknowledged. Every
 *   acknowledged add must be on the list exactly once: `fleet_fault_lost`, `fleet_fault_doubled`
 *   (both must be 0), `fleet_fault_reconnects`, `fleet_fault_recovery_ms`.
 *
 * Needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres: a
 * fresh database is made beside it and dropped after) and Redis (REDIS_URL, default
 * redis://127.0.0.1:6379).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { clientScript } from './chat-mix.js';
import { runFaultScenario, startInstance, UNLIMITED, type Instance } from './fleet-harness.js';
import { percentile } from './percentiles.js';
import { runClient } from './ws-load.js';
import type { LoadResult } from './ws-load-client.js';

const PEOPLE = 60;
const FILL = 60;
const MIX_LENGTH = 300;
/** Each fault message adds one more of the same thing: a person's line must end at the number acknowledged. */
const FAULT_TEXT = 'add one more lemon';
const FAULT_MESSAGES = 30;
const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export async function run(): Promise<Record<string, number | string>> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const out: Record<string, number | string> = {};

  const one = await withFleet(admin, redisUrl, 1, async (fleet) => mix(fleet, 'p1-'));
  Object.assign(out, figures('1', one));
  const two = await withFleet(admin, redisUrl, 2, async (fleet) => mix(fleet, 'p2-'));
  Object.assign(out, figures('2', two));

  await withFleet(admin, redisUrl, 2, async (fleet, db) => {
    const fault = await runFaultScenario({
      urls: fleet.map((i) => i.wsUrl),
      people: 40,
      messages: FAULT_MESSAGES,
      text: FAULT_TEXT,
      killAfter: 400,
      kill: () => fleet[1]!.stop('SIGKILL'),
    });
    const { lost, doubled } = await checkLists(db, fault.acked);
    Object.assign(out, {
      fleet_fault_acked: [...fault.acked.values()].reduce((n, a) => n + a, 0),
      fleet_fault_lost: lost,
      fleet_fault_doubled: doubled,
      fleet_fault_reconnects: fault.reconnects,
      fleet_fault_resent: fault.resent,
      fleet_fault_recovery_ms: fault.recoveryMs,
    });
  });
  return out;
}

function figures(n: string, r: LoadResult): Record<string, number> {
  return {
    [`fleet_turns_per_s_${n}`]: round(r.turns / r.seconds),
    [`fleet_p50_ms_${n}`]: percentile(r.latencies, 50),
    [`fleet_p99_ms_${n}`]: percentile(r.latencies, 99),
    [`fleet_errors_${n}`]: r.errors,
  };
}

/** The people fill their lists, then say the mix in a closed loop; people are spread over the instances. */
async function mix(fleet: Instance[], prefix: string): Promise<LoadResult> {
  const share = (i: number) => Array.from({ length: PEOPLE }, (_, c) => c).filter((c) => c % fleet.length === i);
  const base = { kind: 'load', mode: 'chat', texts: [''], warmupMs: 0, durationMs: 600_000, maxTurns: 1_000_000, perClientPerSecond: 0 } as const;
  const fills = await Promise.all(
    fleet.map((inst, i) =>
      runClient({ ...base, url: inst.wsUrl, clients: share(i).length, scripts: share(i).map((c) => clientScript(c, FILL, 0)), maxPerClient: FILL, idPrefix: `${prefix}f${i}-` }),
    ),
  );
  const runs = await Promise.all(
    fleet.map((inst, i) =>
      runClient({
        ...base,
        url: inst.wsUrl,
        clients: share(i).length,
        tokens: fills[i]!.tokens,
        scripts: share(i).map((c) => clientScript(c, FILL, MIX_LENGTH).slice(FILL)),
        warmupMs: 1000,
        durationMs: 8000,
        idPrefix: `${prefix}m${i}-`,
      }),
    ),
  );
  return {
    turns: runs.reduce((n, r) => n + r.turns, 0),
    seconds: Math.max(...runs.map((r) => r.seconds)),
    latencies: runs.flatMap((r) => r.latencies),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    cpuMs: runs.reduce((n, r) => n + r.cpuMs, 0),
    tokens: runs.flatMap((r) => r.tokens),
  };
}

/** Starts `n` instances on a fresh database, runs `work`, stops them and drops the database. */
async function withFleet<T>(admin: string, redisUrl: string, n: number, work: (fleet: Instance[], db: pg.Client) => Promise<T>): Promise<T> {
  const name = `ga_bench_fleet_${randomBytes(4).toString('hex')}`;
  const adminClient = new pg.Client({ connectionString: admin });
  await adminClient.connect();
  await adminClient.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const env = { ...UNLIMITED, DATABASE_URL: url.toString(), REDIS_URL: redisUrl, SESSION_SECRET: randomBytes(32).toString('hex') };
  const fleet: Instance[] = [];
  const db = new pg.Client({ connectionString: url.toString() });
  try {
    // All at once, as a deployment starts them: they migrate and load the demo store once between them.
    fleet.push(...(await Promise.all(Array.from({ length: n }, () => startInstance(env, 300_000)))));
    await db.connect();
    return await work(fleet, db);
  } finally {
    await Promise.all(fleet.map((i) => i.stop('SIGTERM')));
    await db.end().catch(() => undefined);
    await adminClient.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await adminClient.end();
  }
}

/**
 * Compares each person's lemons with the adds the server acknowledged: fewer is a lost edit,
 * more is an edit applied twice.
 */
export async function checkLists(db: pg.Client, acked: Map<string, number>): Promise<{ lost: number; doubled: number }> {
  const { rows } = await db.query<{ external_id: string; quantity: number }>(
    `SELECT ci.external_id, sum(i.quantity) AS quantity FROM list_items i
       JOIN lists l ON l.id = i.list_id
       JOIN channel_identities ci ON ci.user_id = l.owner_id AND ci.channel = 'web'
      WHERE lower(i.name) LIKE '%lemon%'
      GROUP BY ci.external_id`,
  );
  const have = new Map(rows.map((r) => [r.external_id, Number(r.quantity)]));
  let lost = 0;
  let doubled = 0;
  for (const [token, n] of acked) {
    const got = have.get(token.split('.')[0]!) ?? 0;
    if (got < n) lost += n - got;
    if (got > n) doubled += got - n;
  }
  return { lost, doubled };
}
