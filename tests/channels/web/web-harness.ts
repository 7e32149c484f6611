import { createSessionTokens, type WebChannel } from '../../../src/channels/web/index.js';
import type { BudgetService } from '../../../src/grocery/budget/index.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import type { UserDirectory } from '../../../src/grocery/users/index.js';
import { createLogger } from '../../../src/logger.js';
import { createCore, createCoreWebChannel } from '../../../src/main.js';
import type { Db } from '../../../src/store/database.js';
import type { EventBus } from '../../../src/agent/index.js';
import { createTempDb } from '../../helpers/temp-db.js';

/** The clock every harness uses: fixed, so price history and list times are the same every run. */
export const NOW = Date.UTC(2026, 10, 1, 12);

/** A web channel over a fresh SQLite file and the real stores, with the parts tests reach into. */
export interface WebHarness {
  web: WebChannel;
  db: Db;
  users: UserDirectory;
  lists: ListService;
  events: EventBus;
  budgets: BudgetService;
  /** The deal scan the running server does at start and every hour: `deals.detectDeals()`. */
  deals: ReturnType<typeof createCore>['deals'];
  tokens: ReturnType<typeof createSessionTokens>;
  close(): Promise<void>;
}

/**
 * Builds the web channel over the real core (every tool, the offline understanding, the domain
 * services) on a fresh SQLite file, the way main.ts assembles it.
 */
export async function createWebHarness(opts: {
  /** Seed the demo store (a few seconds); without it the catalog is empty. */
  demoStore?: boolean;
  corsOrigins?: string[];
  rateLimitPerMinute?: number;
  /** A language model behind the agent (a fake Ollama's URL). */
  ollamaHost?: string;
} = {}): Promise<WebHarness> {
  const { db, cleanup } = createTempDb();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const ollama = opts.ollamaHost ? { host: opts.ollamaHost, model: 'llama3.2', timeoutMs: 60_000 } : undefined;
  const core = createCore({ db, logger, now: () => NOW, demoStore: opts.demoStore, ollama });
  const tokens = createSessionTokens('test-secret');
  const web = await createCoreWebChannel(core, { tokens, demoStore: true, corsOrigins: opts.corsOrigins ?? [], rateLimitPerMinute: opts.rateLimitPerMinute, now: () => NOW });
  // injectWS needs a started app; inject() would start it itself.
  await web.app.ready();
  return {
    web,
    db,
    users: core.users,
    lists: core.lists,
    catalog: core.catalog,
    events: core.events,
    budgets: core.budgets,
    deals: core.deals,
    tokens,
    close: async () => {
      await web.app.close();
      cleanup();
    },
  };
}

/** Inserts one product with a daily price history (real rows in the shared schema). */
export function insertProduct(db: Db, p: { name: string; category: string; prices: number[] }): number {
  db.prepare("INSERT INTO departments (id, slug, name, store_order) VALUES (1, 'dairy', 'Dairy & Eggs', 1) ON CONFLICT DO NOTHING").run();
  const id = Number(
    db
      .prepare('INSERT INTO products (name, category, department_id, price_cents, updated_at) VALUES (?, ?, 1, ?, ?)')
      .run(p.name, p.category, p.prices[p.prices.length - 1], NOW).lastInsertRowid,
  );
  const day = 24 * 60 * 60 * 1000;
  p.prices.forEach((cents, i) =>
    db.prepare('INSERT INTO price_history (product_id, observed_at, price_cents) VALUES (?, ?, ?)').run(id, NOW - (p.prices.length - 1 - i) * day, cents),
  );
  return id;
}
