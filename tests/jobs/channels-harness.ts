/**
 * The three channels over one core, assembled the way createApp does it (the same delivery
 * ports), with the jobs on the in-process scheduler: web chat through `injectWS`, Telegram
 * against the fake Bot API, Teams against the fake Bot Connector (no credentials, as a local
 * emulator runs it).
 */
import type { FastifyInstance } from 'fastify';
import { createTeamsChannel, type TeamsChannel } from '../../src/channels/teams/index.js';
import { createTelegramChannel, type TelegramChannel } from '../../src/channels/telegram/index.js';
import { createSessionTokens, type WebChannel } from '../../src/channels/web/index.js';
import { createDemoPriceFeed } from '../../src/grocery/sources/index.js';
import { createJobs, type Jobs, type JobsOptions } from '../../src/jobs/index.js';
import { createLogger } from '../../src/logger.js';
import { createCore, createCoreWebChannel, deliveryPorts, type Core } from '../../src/main.js';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/fake-telegram-api.js';
import { createSeededTempDb } from '../helpers/temp-db.js';
import { chatClient, type ChatClient } from '../channels/web/ws-client.js';
import { NOW, testClock, TOKEN, type TestClock } from './jobs-harness.js';

export interface ChannelsHarness {
  core: Core;
  web: WebChannel;
  telegram: TelegramChannel;
  teams: TeamsChannel;
  api: FakeTelegramApi;
  connector: FakeBotConnector;
  tokens: ReturnType<typeof createSessionTokens>;
  clock: TestClock;
  jobs: Jobs;
  /** Builds and starts a fresh jobs instance over the same database, as a restarted process would. */
  restartJobs(): Promise<Jobs>;
  openWebChat(): Promise<{ client: ChatClient; userId: number }>;
  /** Posts an Activity to /api/messages. */
  postTeams(activity: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function createChannelsHarness(opts: { jobs?: JobsOptions; clock?: TestClock } = {}): Promise<ChannelsHarness> {
  const seeded = createSeededTempDb(NOW);
  const db = seeded.db;
  const clock = opts.clock ?? testClock();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const core = createCore({ db, logger, now: clock.now, demoStore: true });
  const api = await startFakeTelegramApi(TOKEN);
  const connector = await startFakeBotConnector();
  const tokens = createSessionTokens('test-secret');
  const web = await createCoreWebChannel(core, { tokens, demoStore: true, now: clock.now });
  const telegram = createTelegramChannel({ token: TOKEN, apiRoot: api.apiRoot, agent: core.agent, users: core.users, conversations: core.conversations, logger, retry: { baseDelayMs: 20 } });
  const teams = createTeamsChannel({ agent: core.agent, users: core.users, conversations: core.conversations, logger });
  const app: FastifyInstance = web.app;
  app.post('/api/messages', (req, reply) => teams.handleRequest(req, reply));
  await app.ready();
  await telegram.start();

  const build = () =>
    createJobs({
      stores: core.jobStores,
      logger,
      now: clock.now,
      source: createDemoPriceFeed({ now: clock.now }),
      deals: core.deals,
      alerts: core.alerts,
      users: core.users,
      conversations: core.conversations,
      delivery: deliveryPorts(web, telegram, teams),
      options: { backoffMs: 50, ...opts.jobs },
    });
  let jobs = build();
  await jobs.start();

  const h: ChannelsHarness = {
    core,
    web,
    telegram,
    teams,
    api,
    connector,
    tokens,
    clock,
    get jobs() {
      return jobs;
    },
    async restartJobs() {
      await jobs.stop();
      jobs = build();
      await jobs.start();
      return jobs;
    },
    async openWebChat() {
      const client = chatClient(await app.injectWS('/ws'));
      client.send({ type: 'hello' });
      const welcome = await client.next('welcome');
      const sessionId = tokens.verify(welcome.token)!;
      // A session's person is made by its first message; only then do pushes reach the socket.
      client.send({ type: 'message', id: 'first', text: 'hi' });
      await client.next('reply');
      return { client, userId: core.users.find('web', sessionId)!.id };
    },
    async postTeams(activity) {
      return (await app.inject({ method: 'POST', url: '/api/messages', payload: activity })).statusCode;
    },
    async close() {
      await jobs.stop();
      // As createApp's stop: grammY's last getUpdates may fail on a busy machine; the rest still closes.
      await telegram.stop().catch(() => undefined);
      await app.close();
      await api.close();
      await connector.close();
      seeded.cleanup();
    },
  };
  return h;
}

/** What a Teams user sees of an activity: its text, or the first text block of its card. */
export function teamsText(a: { activity: { text?: string; attachments?: { content: any }[] } }): string {
  return a.activity.text ?? a.activity.attachments?.[0]?.content?.body?.[0]?.text ?? '';
}
