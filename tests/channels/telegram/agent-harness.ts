import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach } from 'vitest';
import type { Agent, ConversationStore } from '../../../src/agent/index.js';
import { createTelegramChannel, type TelegramChannel } from '../../../src/channels/telegram/index.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import type { UserDirectory } from '../../../src/grocery/users/index.js';
import { createCore } from '../../../src/main.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import type { Db } from '../../../src/store/database.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { createSeededTempDb, createTempDb } from '../../helpers/temp-db.js';

/** A fixed clock, so link codes and list times are the same every run. */
export const NOW = Date.UTC(2026, 10, 1, 12);

/** A real agent over a fresh SQLite file, with the parts channel tests look into. */
export interface AgentHarness {
  agent: Agent;
  db: Db;
  users: UserDirectory;
  conversations: ConversationStore;
  lists: ListService;
  logger: Logger;
  cleanup(): void;
}

/**
 * Builds the real agent (every tool, offline understanding) over an empty catalog, where items
 * stay free text, or over a copy of the demo store (`demoStore`), where "add milk" asks which one;
 * with `ollamaHost`, a language model (a fake Ollama) behind it.
 */
export function createAgentHarness(opts: { demoStore?: boolean; ollamaHost?: string } = {}): AgentHarness {
  const { db, cleanup } = opts.demoStore ? createSeededTempDb(NOW) : createTempDb();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const ollama = opts.ollamaHost ? { host: opts.ollamaHost, model: 'llama3.2', timeoutMs: 60_000 } : undefined;
  const core = createCore({ db, logger, now: () => NOW, demoStore: opts.demoStore, ollama });
  return { agent: core.agent, db, users: core.users, conversations: core.conversations, lists: core.lists, logger, cleanup };
}

/** The names on a user's default list, as the list service sees them. */
export function itemNames(h: AgentHarness, userId: number): string[] {
  const list = h.lists.defaultList(userId);
  return h.lists.view(userId, list.id).groups.flatMap((g) => g.lines.map((l) => l.name));
}

/**
 * A Telegram channel over the harness's agent, talking to a fake Bot API at `apiRoot`; in webhook
 * mode when a secret is given. Retries are fast and messages unpaced so the tests stay quick.
 */
export function telegramChannelFor(h: AgentHarness, opts: { token: string; apiRoot: string; webhookSecret?: string }): TelegramChannel {
  return createTelegramChannel({
    token: opts.token,
    apiRoot: opts.apiRoot,
    webhook: opts.webhookSecret ? { url: 'https://grocery.example/telegram/webhook', secret: opts.webhookSecret } : undefined,
    agent: h.agent,
    users: h.users,
    conversations: h.conversations,
    logger: h.logger,
    retry: { baseDelayMs: 20 },
    // Telegram's real pacing (3 s between group messages) is tested on its own clock in send-pacer.test.ts.
    pace: { perChatMs: 0, perGroupMs: 0 },
  });
}

/** The bot token and webhook secret the Telegram channel tests use. */
export const TEST_TOKEN = '123456:TEST-token';
export const TEST_SECRET = 'webhook-secret-1';

/** What {@link useTelegramTestBed} gives a test file; `h` and `api` are fresh for every test. */
export interface TelegramTestBed {
  readonly h: AgentHarness;
  readonly api: FakeTelegramApi;
  /** The channel over this test's agent and fake API (webhook mode when asked); stopped after the test. */
  channel(webhook?: boolean): TelegramChannel;
  /** The channel started in webhook mode behind a Fastify route at /telegram/webhook; closed after the test. */
  webhookApp(): Promise<FastifyInstance>;
  /** POSTs one update to that route with the secret. */
  postUpdate(app: FastifyInstance, update: object): ReturnType<FastifyInstance['inject']>;
}

/**
 * The set-up every Telegram channel test shares: before each test a new agent over a fresh
 * SQLite file and a fake Bot API; after it the channel, the webhook app, the API and the file
 * are closed. Call once at the top of a test file.
 */
export function useTelegramTestBed(opts: { busyTimeoutMs?: number; demoStore?: boolean; /** A language model behind the agent (a fake Ollama's URL). */ ollamaHost?: () => string } = {}): TelegramTestBed {
  let h: AgentHarness | undefined;
  let api: FakeTelegramApi | undefined;
  let channel: TelegramChannel | undefined;
  let app: FastifyInstance | undefined;
  beforeEach(async () => {
    h = createAgentHarness({ demoStore: opts.demoStore, ollamaHost: opts.ollamaHost?.() });
    if (opts.busyTimeoutMs !== undefined) h.db.pragma(`busy_timeout = ${opts.busyTimeoutMs}`);
    api = await startFakeTelegramApi(TEST_TOKEN);
  });
  afterEach(async () => {
    await channel?.stop();
    await app?.close();
    await api?.close();
    h?.cleanup();
    channel = undefined;
    app = undefined;
  });
  const bed: TelegramTestBed = {
    get h() {
      return h!;
    },
    get api() {
      return api!;
    },
    channel(webhook = false) {
      channel = telegramChannelFor(h!, { token: TEST_TOKEN, apiRoot: api!.apiRoot, webhookSecret: webhook ? TEST_SECRET : undefined });
      return channel;
    },
    async webhookApp() {
      const ch = bed.channel(true);
      await ch.start();
      app = Fastify();
      app.post('/telegram/webhook', ch.webhookHandler);
      await app.ready();
      return app;
    },
    postUpdate: (target, update) =>
      target.inject({ method: 'POST', url: '/telegram/webhook', headers: { 'x-telegram-bot-api-secret-token': TEST_SECRET }, payload: update }),
  };
  return bed;
}
