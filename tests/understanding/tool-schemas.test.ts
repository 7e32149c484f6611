import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadConversations, loadUtterances } from '../../evals/load-evals.js';
import { createLogger } from '../../src/logger.js';
import { createCore } from '../../src/main.js';
import type { UnderstandingContext } from '../../src/understanding/index.js';
import { createSeededTempDb } from '../helpers/temp-db.js';

const evals = path.resolve(import.meta.dirname, '../../evals');
const seeded = createSeededTempDb();
const core = createCore({ db: seeded.db, logger: createLogger({ level: 'silent' }), demoStore: true });
afterAll(() => seeded.cleanup());

/** The contexts a message meets in a conversation: none, after an add of several things, after numbered results on a named list. */
const CONTEXTS: Record<string, UnderstandingContext> = {
  fresh: {},
  'after an add': { lastItems: [{ name: 'eggs', quantity: 2 }, { name: 'yogurt', quantity: 2 }, { name: 'turkey' }, { name: 'cereal' }] },
  'after results': { lastResults: [{ productId: 1, name: 'whole milk', priceCents: 399 }, { productId: 2, name: 'oat milk', priceCents: 499 }], activeList: 'costco', pending: 'clarify' },
};

describe('what the understanding writes, against the tools it calls', () => {
  it("gives every tool call it makes for the labelled sets and the conversations' turns arguments that tool's zod schema accepts", () => {
    const tools = new Map(core.tools.map((t) => [t.name, t]));
    const texts = new Set([...loadUtterances(evals).map((u) => u.text), ...loadConversations(evals).flatMap((c) => c.turns.map((t) => t.user))]);
    expect(texts.size).toBeGreaterThan(3000);
    const wrong: string[] = [];
    let checked = 0;
    for (const text of texts) {
      for (const [where, context] of Object.entries(CONTEXTS)) {
        for (const call of core.understanding.understand(text, structuredClone(context)).calls) {
          checked++;
          const tool = tools.get(call.name);
          if (!tool) {
            wrong.push(`"${text}" (${where}): calls ${call.name}, which is no tool`);
            continue;
          }
          const parsed = tool.input.safeParse(call.args);
          if (!parsed.success) wrong.push(`"${text}" (${where}): ${call.name} ${JSON.stringify(call.args)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
    expect(wrong).toEqual([]);
  }, 120_000);
});
