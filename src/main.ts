/**
 * Reads the config once and wires everything: the only place that knows all parts. `npm start`
 * runs this file; the CLI and the tests build the same pieces through {@link createCore} and
 * {@link createApp}, so there is one way the product is assembled.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createAgent,
  createEventBus,
  createRateLimiter,
  type Agent,
  type ConversationStore,
  type EventBus,
  type LlmRunner,
  type MessageDedupe,
} from './agent/index.js';
import { lazyLlmAgent } from './agent/llm/lazy-llm-agent.js';
import { createUnderstanding, type UnderstandingEngine } from './understanding/index.js';
import { loadNluModel, type NluModel } from './understanding/model/index.js';
import { createMisunderstoodStore, type MisunderstoodStore } from './store/misunderstood-store.js';
// Teams, Telegram and the LLM path are loaded with import() only when configured: their
// libraries (Agents SDK, grammY, LangChain) are most of an idle server's memory.
import type { TeamsChannel } from './channels/teams/index.js';
import type { TelegramChannel } from './channels/telegram/index.js';
import { createSessionTokens, createWebChannel, createWebDomain, createWebMetrics, type WebChannel, type WebChannelDeps } from './channels/web/index.js';
import { loadConfig, ConfigError, workersFrom, type Config } from './config.js';
import { createCodeAttempts } from './grocery/access/index.js';
import { createPriceAlerts, type PriceAlerts } from './grocery/alerts/index.js';
import { createBudgetService, type BudgetService } from './grocery/budget/index.js';
import { createCatalog, type Catalog } from './grocery/catalog/index.js';
import { createDealService, type DealService } from './grocery/deals/index.js';
import { isDemoStore, seedDemoStore } from './grocery/demo-store/index.js';
import { createChatLists, createListService, linesOf, onListOf, type ListService } from './grocery/lists/index.js';
import { createPriceService, listTotal, type PriceService } from './grocery/prices/index.js';
import { createDemoPriceFeed, type PriceSource } from './grocery/sources/index.js';
import { createSubstituteService, type SubstituteService } from './grocery/substitutes/index.js';
import { createUserDirectory, type UserDirectory } from './grocery/users/index.js';
import { createUserRepository } from './store/users/index.js';
import { createConversationStore, createMessageDedupe } from './store/conversations/index.js';
import type { ConversationState } from './agent/conversation/index.js';
import { createJobs, type Jobs, type JobsOptions, type JobStores } from './jobs/index.js';
import { createLogger, type Logger } from './logger.js';
import { createPreferenceStore, type PreferenceMemory, type PreferenceStore } from './memory/index.js';
import { createProductCache, type ProductCache } from './store/cache/index.js';
import { createCatalogRepository, createDemoStoreRepository, type CatalogRepository } from './store/catalog/index.js';
import { createOrderHistoryRepository, type OrderHistoryRepository } from './store/imports/index.js';
import { startWalCheckpointer } from './store/wal-checkpointer.js';
import { createDealRepository, openScanReader } from './store/deals/index.js';
import { createPriceHistoryRepository, createPriceRepository } from './store/prices/index.js';
import type { Db } from './store/database.js';
import { DamagedDatabaseError } from './store/integrity.js';
import { persistentSecret } from './store/meta.js';
import { createGroupCommit } from './store/group-commit.js';
import { createQuestionStore } from './store/question-store.js';
import { createWebAlertStore } from './store/web-alert-store.js';
import { createBudgetRepository } from './store/budget/index.js';
import { createChatListRepository, createDealReferenceRepository, createItemRepository, createListRepository } from './store/lists/index.js';
import { asConnection, sqliteConnection, transactor, type SqlConnection } from './store/sql.js';
import { createPriceAlertRepository } from './store/alerts/index.js';
import { createPreferenceRepository } from './store/memory/index.js';
import { createConfiguredMemory, jobStoresOver, productLookupOver, walmartPriceSource } from './store-wiring.js';
import { holdUnderstandingPool } from './understanding-workers/index.js';
import { createTools, modelTools, type ProductMemory } from './tools/index.js';
import { deliveryPorts, mountChannelRoutes } from './channel-wiring.js';
import { openStore } from './store/open-store.js';

export { createConfiguredMemory, deliveryPorts };
import type { ToolDefinition } from './tools/tool.js';

/** Where the widget and demo page live, next to the package whether run from src or dist. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), fileURLToPath(import.meta.url).includes(`${path.sep}dist${path.sep}`) ? '../../web' : '../web');

/** Options for {@link createCore}. */
export interface CoreOptions {
  /** The store: a SQLite handle, or a connection to either engine ({@link openStore}). */
  db: Db | SqlConnection;
  logger: Logger;
  now?: () => number;
  /** Seed and label the demo store when the catalog is empty (the embedded default). */
  demoStore?: boolean;
  /**
   * The LLM path; left out, the agent answers from offline understanding alone. `deadline` keeps
   * the time limit (AbortSignal.timeout unless a test aborts it on cue).
   */
  ollama?: Config['ollama'] & { deadline?: (ms: number) => AbortSignal };
  /** Learned usual products and rankings (the preference memory). */
  memory?: ProductMemory;
  /** The trained understanding model; by default models/nlu.json, read once per process. */
  nluModel?: NluModel;
  /** Keep what the agent misunderstood for `grocery-agent review` (config `MISUNDERSTOOD`); off unless asked. */
  misunderstood?: boolean;
  /** Per-user turn rate limit: a burst of `capacity` turns, refilled at `perSecond`. */
  turnLimit?: { capacity: number; perSecond: number };
  /** The cache in front of searches and price lookups; an in-process one when left out. */
  cache?: ProductCache;
  /** Live events; in process when left out, shared with other instances when built over Redis. */
  events?: EventBus;
  /** Understanding worker threads (config `WORKERS`; from the environment when left out); 0: none. */
  workers?: number;
}

/** The grocery domain, the tools and the agent over one database: everything but the channels. */
export interface Core {
  /** The store's connection (SQLite or PostgreSQL); only src/store and the wiring use it. */
  conn: SqlConnection;
  /** The store handle the core was made over, as given (tests read it). */
  db: Db | SqlConnection;
  logger: Logger;
  now: () => number;
  demoStore: boolean;
  /** Searches and price lookups; call `invalidateProducts(ids)` after writing prices outside the catalog, `warm(ids)` ahead of use. */
  cache: ProductCache;
  catalog: Catalog;
  /** The catalog's storage, for imports (which refresh the catalog's caches themselves). */
  catalogRepository: CatalogRepository;
  /** Users' past orders, for order-history imports. */
  orderHistory: OrderHistoryRepository;
  lists: ListService;
  prices: PriceService;
  deals: DealService;
  substitutes: SubstituteService;
  budgets: BudgetService;
  alerts: PriceAlerts;
  preferences: PreferenceStore;
  /** What the background jobs and the notifier read and write. */
  jobStores: JobStores;
  users: UserDirectory;
  conversations: ConversationStore;
  dedupe: MessageDedupe;
  /** What the agent misunderstood, for `grocery-agent review` (kept only when {@link CoreOptions.misunderstood} is on). */
  misunderstood: MisunderstoodStore;
  events: EventBus;
  tools: ToolDefinition[];
  understanding: UnderstandingEngine;
  llm?: LlmRunner;
  agent: Agent;
  /** The understanding workers: started (resolved once ready; until then turns read their messages themselves), let go (they stop with the last core holding them). */
  startWorkers(): Promise<void>;
  stopWorkers(): Promise<void>;
}

/**
 * Builds the domain services, the tool registry, the offline understanding (over the catalog's
 * vocabulary), the optional LLM path and the agent.
 *
 * @example
 * const core = createCore({ db: openDatabase({ dataDir: './data' }), logger, demoStore: true });
 * await core.agent.handle({ channel: 'terminal', externalUserId: 'me', conversationKey: 'me', text: 'add milk' });
 */
let trainedModel: NluModel | undefined;
/** models/nlu.json, read on first use and shared: it never changes while the process runs. */
function sharedNluModel(): NluModel {
  trainedModel ??= loadNluModel();
  return trainedModel;
}

export function createCore(opts: CoreOptions): Core {
  const { logger } = opts;
  const now = opts.now ?? Date.now;
  const conn = asConnection(opts.db);
  const demoStoreRepository = createDemoStoreRepository(conn);
  if (opts.demoStore) {
    const started = Date.now();
    const seeded = seedDemoStore(demoStoreRepository, { now: now() });
    if (seeded.seeded) logger.info({ products: seeded.products, ms: Date.now() - started }, 'demo store loaded');
  }
  const demoStore = isDemoStore(demoStoreRepository);
  const cache = opts.cache ?? createProductCache({ now });
  const catalogRepository = createCatalogRepository(conn);
  const orderHistory = createOrderHistoryRepository(conn);
  const catalog = createCatalog(catalogRepository, { cache });
  // One count of wrong codes for every way a code can be redeemed (chat, Telegram /link, Teams).
  const codeAttempts = createCodeAttempts({ now, logger });
  const listRepository = createListRepository(conn);
  const lists = createListService({ lists: listRepository, items: createItemRepository(conn), transactor: transactor(conn), products: catalog, now, codeAttempts });
  const [priceRepo, history] = [createPriceRepository(conn), createPriceHistoryRepository(conn)];
  const totalSources = { products: (ids: readonly number[]) => priceRepo.products(ids), dealReferences: createDealReferenceRepository(conn).activeReferences };
  const prices = createPriceService({ products: priceRepo, history, listTotal: (lines) => listTotal(totalSources, lines), now, cache });
  const deals = createDealService({ deals: createDealRepository(conn), history, transactor: transactor(conn), scanReader: () => openScanReader(conn), now, catalog });
  const substitutes = createSubstituteService({ products: priceRepo, cache });
  const budgets = createBudgetService({ budgets: createBudgetRepository(conn), now });
  const alerts = createPriceAlerts({ repository: createPriceAlertRepository(conn), products: productLookupOver(conn), now });
  const preferences = createPreferenceStore(createPreferenceRepository(conn), now);
  const jobStores = jobStoresOver(conn, now);
  const users = createUserDirectory(createUserRepository(conn), now, { codeAttempts });
  const conversations = createConversationStore<ConversationState>(conn, now);
  const dedupe = createMessageDedupe(conn, now);
  const misunderstood = createMisunderstoodStore(conn, now);
  const events = opts.events ?? createEventBus();
  const tools = createTools({ catalog, lists, prices, deals, substitutes, budgets, alerts, preferences, memory: opts.memory, demoStore });
  const nluModel = opts.nluModel ?? sharedNluModel();
  const vocabulary = catalog.vocabulary();
  const understanding = createUnderstanding({ vocabulary, model: nluModel });
  const pool = nluModel.path === undefined ? undefined : holdUnderstandingPool({ size: opts.workers ?? workersFrom(process.env), vocabulary, modelPath: nluModel.path, logger });
  const llm = opts.ollama
    ? lazyLlmAgent({
        host: opts.ollama.host,
        model: opts.ollama.model,
        timeoutMs: opts.ollama.timeoutMs,
        breaker: opts.ollama.breaker,
        concurrency: opts.ollama.concurrency,
        deadline: opts.ollama.deadline,
        tools: modelTools(tools),
        logger,
      })
    : undefined;
  const turns = createGroupCommit(conn);
  const agent = createAgent({
    atomic: (work) => turns.run(work),
    users,
    conversations,
    dedupe,
    tools,
    understand: understanding.understand,
    understandAhead: pool?.understand,
    llm,
    rankIntents: (text) => nluModel.classify(text).ranked,
    logger,
    now,
    events,
    chatLists: createChatLists({ lists: listRepository, chats: createChatListRepository(conn), transactor: transactor(conn), now }),
    questions: createQuestionStore(conn, now),
    findOnList: onListOf(lists),
    listLines: linesOf(lists),
    ...(opts.misunderstood ? { misunderstood } : {}),
    limiter: createRateLimiter({ capacity: opts.turnLimit?.capacity ?? 30, refillPerSecond: opts.turnLimit?.perSecond ?? 5, now }),
  });
  return { conn, db: opts.db, logger, now, demoStore, cache, catalog, catalogRepository, orderHistory, lists, prices, deals, substitutes, budgets, alerts, preferences, jobStores, users, conversations, dedupe, misunderstood, events, tools, understanding, llm, agent, startWorkers: async () => pool?.start(), stopWorkers: async () => pool?.release() };
}

/** What differs between the app's web channel and one a test builds over the same core. */
export type CoreWebChannelOptions = Pick<WebChannelDeps, 'tokens'> &
  Partial<Pick<WebChannelDeps, 'metrics' | 'corsOrigins' | 'ready' | 'now' | 'rateLimitPerMinute' | 'webRoot' | 'demoStore' | 'connectionLimits' | 'metricsToken' | 'trustProxy'>>;

/**
 * The web channel over a core's agent, users, conversations and domain services: what
 * {@link createApp} mounts, and what tests build the same way without a port.
 *
 * @example
 * const web = await createCoreWebChannel(core, { tokens: createSessionTokens(secret) });
 */
export function createCoreWebChannel(core: Core, opts: CoreWebChannelOptions): Promise<WebChannel> {
  return createWebChannel({
    agent: core.agent,
    users: core.users,
    conversations: core.conversations,
    domain: createWebDomain({ lists: core.lists, catalog: core.catalog, prices: core.prices, conversations: core.conversations, budgets: core.budgets }),
    logger: core.logger,
    demoStore: core.demoStore,
    alertStore: createWebAlertStore(core.conn),
    events: core.events,
    webRoot: WEB_ROOT,
    corsOrigins: [],
    ready: () => true,
    ...opts,
  });
}

export { openStore, type OpenedStore } from './store/open-store.js';

/** The assembled product: the core plus every configured channel. */
export interface App {
  core: Core;
  web: WebChannel;
  telegram?: TelegramChannel;
  teams?: TeamsChannel;
  /** The preference memory built from the config (left out when the caller passed its own). */
  memory?: PreferenceMemory;
  /** Background jobs and the notifier (left out with JOBS=off); they start and stop with the app. */
  jobs?: Jobs;
  /** Starts listening on the configured port and starts the channels that poll. */
  start(): Promise<{ url: string }>;
  stop(): Promise<void>;
}

/**
 * Builds every configured channel over one core: web chat always, Telegram when a bot token is
 * set, Teams when an app id is set.
 *
 * @example
 * const app = await createApp(loadConfig(process.env), logger);
 * await app.start();
 */
export async function createApp(
  config: Config,
  logger: Logger,
  opts: {
    now?: () => number;
    memory?: ProductMemory;
    /** Where the price refresh asks for prices; the demo feed when left out. */
    priceSource?: PriceSource;
    /** Job timing overrides (tests shorten retries and intervals). */
    jobs?: JobsOptions;
    /** The Redis pub/sub channel of live events (benches keep theirs apart); `grocery-agent:events` by default. */
    eventsChannel?: string;
  } = {},
): Promise<App> {
  // Before anything is opened, so a bad key stops the start cleanly.
  const walmart = config.walmart && config.jobs.enabled && !opts.priceSource ? walmartPriceSource(config.walmart, logger, opts.now ?? Date.now) : undefined;
  const { conn, sqlite } = openStore(config, logger);
  const db = sqlite ?? conn;
  const checkpointer = !sqlite || sqlite.memory ? undefined : startWalCheckpointer(sqlite, { file: sqlite.name, logger });
  // A memory passed in belongs to the caller; the configured one is ours to close.
  const ownMemory = opts.memory ? undefined : createConfiguredMemory(config, db, logger, opts.now);
  const memory = opts.memory ?? ownMemory;
  const metrics = createWebMetrics({ defaultMetrics: true });
  const cache = createProductCache({ redisUrl: config.redisUrl, observer: metrics.cache, logger, now: opts.now });
  // With REDIS_URL, list changes and alerts reach the sockets held by every instance.
  const events = createEventBus({ redisUrl: config.redisUrl, channel: opts.eventsChannel, logger });
  const core = createCore({ db, logger, now: opts.now, demoStore: config.demoStore, ollama: config.ollama, memory, turnLimit: config.turnLimit, cache, misunderstood: config.misunderstood, events, workers: config.workers });
  // Prices refreshed on another instance: the cache's own broadcast is skipped while the cache
  // counts Redis as away (one command over its 250 ms budget does that), so the bus says it too.
  events.on('prices_changed', (e, origin) => {
    if (origin === 'peer') (e.all ? cache.invalidateAll() : cache.invalidateProducts(e.productIds));
  });
  let ready = false;
  const web = await createCoreWebChannel(core, {
    tokens: createSessionTokens(sessionSecret(config, conn, logger)),
    metrics,
    corsOrigins: config.corsOrigins,
    ready: () => ready,
    now: opts.now,
    connectionLimits: config.connectionLimits,
    metricsToken: config.metricsToken,
    trustProxy: config.trustProxy,
  });
  const telegram = config.telegram
    ? (await import('./channels/telegram/index.js')).createTelegramChannel({
        token: config.telegram.token,
        apiRoot: config.telegram.apiRoot,
        webhook: config.telegram.webhookUrl
          ? { url: config.telegram.webhookUrl, secret: config.telegram.webhookSecret ?? persistentSecret(conn, 'telegram_webhook_secret') }
          : undefined,
        agent: core.agent,
        users: core.users,
        conversations: core.conversations,
        logger,
      })
    : undefined;
  const teams = config.teams
    ? (await import('./channels/teams/index.js')).createTeamsChannel({ ...config.teams, agent: core.agent, users: core.users, conversations: core.conversations, logger })
    : undefined;
  mountChannelRoutes(web.app, telegram, teams);
  const jobs = config.jobs.enabled
    ? createJobs({
        stores: core.jobStores,
        logger,
        now: core.now,
        source: opts.priceSource ?? walmart ?? createDemoPriceFeed({ now: core.now, tickMs: config.jobs.priceRefreshMs }),
        deals: core.deals,
        alerts: core.alerts,
        users: core.users,
        conversations: core.conversations,
        delivery: deliveryPorts(web, telegram, teams),
        warm: async (ids) => void (await cache.warm(ids)),
        onPriceChanges: (changes) => {
          const productIds = changes.map((c) => c.productId);
          cache.invalidateProducts(productIds);
          events.emit('prices_changed', { productIds });
        },
        prune: { pruneHandled: (maxAgeMs, limit) => core.dedupe.prune(maxAgeMs, limit), windowMs: config.jobs.dedupeWindowMs },
        options: {
          redisUrl: config.redisUrl,
          digest: config.jobs.digest,
          ...opts.jobs,
          every: { 'price-refresh': config.jobs.priceRefreshMs, ...opts.jobs?.every },
        },
      })
    : undefined;

  return {
    core,
    web,
    telegram,
    teams,
    memory: ownMemory,
    jobs,
    async start() {
      void core.startWorkers();
      const address = await web.app.listen({ port: config.port, host: config.host }).catch((err: unknown) => {
        if ((err as { code?: string }).code !== 'EADDRINUSE') throw err;
        throw new ConfigError(`Invalid value for PORT: ${config.port} is already in use by another program; stop it or set PORT to a free port`);
      });
      if (teams && !config.teams?.appId) logger.warn('Teams in local test mode (TEAMS_LOCAL=on): /api/messages accepts unauthenticated requests');
      await telegram?.start();
      ready = true;
      await jobs?.start();
      const url = `http://localhost:${(web.app.server.address() as { port: number }).port}`;
      logger.info({ url, telegram: Boolean(telegram), teams: Boolean(teams), llm: Boolean(core.llm), demoStore: core.demoStore, jobs: jobs?.runner ?? 'off', address }, 'grocery agent ready');
      return { url };
    },
    async stop() {
      ready = false;
      // Jobs first: the notifier writes through the channels stopped next.
      await jobs?.stop();
      // grammY confirms the last updates while stopping; a failed call must not keep the rest open.
      await telegram?.stop().catch((err: unknown) => logger.warn({ err }, 'Telegram did not stop cleanly'));
      await web.app.close();
      await core.stopWorkers();
      await ownMemory?.close();
      await cache.close();
      await events.close();
      await checkpointer?.close();
      db.close();
    },
  };
}

/**
 * The key web session tokens are signed with: SESSION_SECRET, else one made once and kept in the
 * store (made race-free: instances starting together read the same one), so every instance on
 * one store resumes the others' sessions. Instances on stores of their own share no people: a
 * shared SESSION_SECRET would only turn a refused session into an empty person. With REDIS_URL
 * (several instances) start-up says where the key comes from.
 */
function sessionSecret(config: Config, db: SqlConnection, logger: Logger): string {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.redisUrl) logger.info('SESSION_SECRET is not set: web sessions are signed with the key kept in the store; instances resume each other\'s sessions only when they share that store');
  return persistentSecret(db, 'session_secret');
}

/** `npm start`: read the config, start everything, stop cleanly on SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<App> {
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel });
  const app = await createApp(config, logger);
  const { url } = await app.start();
  process.stderr.write(`\nGrocery Agent is running: open ${url}\n\n`);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return app;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(err instanceof ConfigError || err instanceof DamagedDatabaseError ? `${err.message}\n` : `${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
