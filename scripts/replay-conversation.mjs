#!/usr/bin/env node
/**
 * Replays one scripted conversation (evals/conversations/*.json) through a fresh agent on a
 * scratch copy of the demo store and prints every turn: what was said, what the agent answered,
 * the calls it made and whether the turn met its expectation. For before/after comparisons:
 *
 *   npm run build && node scripts/replay-conversation.mjs evals/conversations/shopper-session.json [--dist DIR] [--json]
 *
 * `--dist` points at another build (an older checkout's dist/) to replay the same turns there.
 * The agent is assembled as `npm start` assembles it (preference memory included); turns come
 * as fast as they are answered, so the per-person rate limit is lifted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--dist');
if (!file) {
  process.stderr.write('usage: node scripts/replay-conversation.mjs FILE.json [--dist DIR] [--json]\n');
  process.exit(2);
}
const distAt = args.indexOf('--dist');
const dist = path.resolve(distAt >= 0 ? args[distAt + 1] : path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist'));
const load = (rel) => import(pathToFileURL(path.join(dist, rel)).href);
const { createCore, createConfiguredMemory } = await load('src/main.js');
const { createLogger } = await load('src/logger.js');
const { openDatabase } = await load('src/store/database.js');
// Turns are judged by this checkout's rules, whichever build answers them, so before and after compare.
const ownDist = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist');
const { checkTurn } = await import(pathToFileURL(path.join(ownDist, 'evals/check-conversation.js')).href);

const parsed = JSON.parse(readFileSync(file, 'utf8'));
const conversations = Array.isArray(parsed) ? parsed : [parsed];
const dir = mkdtempSync(path.join(os.tmpdir(), 'grocery-replay-'));
const db = openDatabase({ dataDir: dir });
const logger = createLogger({ level: 'silent' });
// The preference memory as the app wires it (vectors in the SQLite file, the local embedder).
const memory = createConfiguredMemory({}, db, logger);
const core = createCore({ db, logger, demoStore: true, memory, turnLimit: { capacity: 1000, perSecond: 1000 } });
// The deal scan `npm start` runs at start, so "is anything on sale?" meets the store's deals.
core.deals.detectDeals();
const out = [];
try {
  for (const [c, conv] of conversations.entries()) {
    const who = `replay-${c + 1}`;
    const lines = [];
    for (const [i, turn] of conv.turns.entries()) {
      const reply = await core.agent.handle({ channel: 'terminal', externalUserId: who, conversationKey: who, messageId: `${who}-${i}`, text: turn.user });
      const user = core.users.resolve('terminal', who);
      const view = core.lists.view(user.id, core.lists.defaultList(user.id).id);
      const list = view.groups.flatMap((g) => g.lines.map((l) => ({ name: l.itemName, quantity: l.quantity, unit: l.unit })));
      const problems = checkTurn(turn.expect ?? {}, { text: reply.text, choices: reply.choices, calls: reply.calls ?? [] }, list);
      lines.push({ turn: i + 1, user: turn.user, reply: reply.text, choices: (reply.choices ?? []).map((ch) => ch.label), calls: reply.calls ?? [], passed: problems.length === 0, problems });
    }
    out.push({ name: conv.name, turns: lines });
  }
} finally {
  await memory.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
else {
  for (const conv of out) {
    process.stdout.write(`# ${conv.name}: ${conv.turns.filter((t) => t.passed).length}/${conv.turns.length} turns as expected\n`);
    for (const t of conv.turns) {
      process.stdout.write(`\n${t.turn}. ${t.passed ? 'ok ' : 'BAD'} > ${t.user}\n   ${t.reply.replace(/\n/g, '\n   ')}\n`);
      if (t.choices.length) process.stdout.write(`   [${t.choices.join('] [')}]\n`);
      for (const p of t.problems) process.stdout.write(`   ! ${p}\n`);
    }
  }
}
