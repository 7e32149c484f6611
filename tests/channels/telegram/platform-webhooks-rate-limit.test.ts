import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTeamsChannel } from '../../../src/channels/teams/index.js';
import { createTelegramChannel } from '../../../src/channels/telegram/index.js';
import { createSessionTokens, type WebChannel } from '../../../src/channels/web/index.js';
import { createLogger } from '../../../src/logger.js';
import { createCore, createCoreWebChannel } from '../../../src/main.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/fake-bot-connector.js';
import { startFakeTelegramApi, type FakeTelegramApi } from '../../fakes/fake-telegram-api.js';
import { createTempDb } from '../../helpers/temp-db.js';

/**
 * The web server's per-address rate limit used to count /telegram/webhook and /api/messages too,
 * whose calls all come from a few Telegram and Microsoft addresses: one busy bot was throttled
 * for everyone. They are authenticated (secret / bearer token) and the agent limits turns per
 * person, so the address limit leaves them alone.
 */
const TOKEN = '123456:TEST-token';
const SECRET = 'webhook-secret-1';
const LIMIT = 5;
const PLATFORM_ADDRESS = '149.154.167.220';

let temp: ReturnType<typeof createTempDb>;
let api: FakeTelegramApi;
let connector: FakeBotConnector;
let web: WebChannel;

beforeEach(async () => {
  temp = createTempDb();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const core = createCore({ db: temp.db, logger, turnLimit: { capacity: 1000, perSecond: 1000 } });
  api = await startFakeTelegramApi(TOKEN);
  connector = await startFakeBotConnector();
  web = await createCoreWebChannel(core, { tokens: createSessionTokens('rate-limit-secret'), demoStore: false, rateLimitPerMinute: LIMIT });
  const deps = { agent: core.agent, users: core.users, conversations: core.conversations, logger };
  const telegram = createTelegramChannel({ ...deps, token: TOKEN, apiRoot: api.apiRoot, webhook: { url: 'https://grocery.example/telegram/webhook', secret: SECRET } });
  await telegram.start();
  const teams = createTeamsChannel(deps);
  web.app.post('/telegram/webhook', (req, reply) => telegram.webhookHandler(req, reply));
  web.app.post('/api/messages', (req, reply) => teams.handleRequest(req, reply));
  await web.app.ready();
});

afterEach(async () => {
  await web.app.close();
  await api.close();
  await connector.close();
  temp.cleanup();
});

describe('the per-address rate limit and the platform webhooks', () => {
  it('does not throttle /telegram/webhook or /api/messages from one platform address, while other routes still are', async () => {
    const n = LIMIT * 3;
    for (let i = 0; i < n; i++) {
      const tg = await web.app.inject({
        method: 'POST',
        url: '/telegram/webhook',
        remoteAddress: PLATFORM_ADDRESS,
        headers: { 'x-telegram-bot-api-secret-token': SECRET },
        payload: api.textUpdate({ id: 900 + i }, `add item${i}`),
      });
      expect(tg.statusCode, `Telegram update ${i}`).toBe(200);
      const teams = await web.app.inject({
        method: 'POST',
        url: '/api/messages',
        remoteAddress: PLATFORM_ADDRESS,
        payload: connector.messageActivity({ conversationId: `conv-${i}`, userId: `aad-${i}`, text: `add item${i}` }),
      });
      expect(teams.statusCode, `Teams activity ${i}`).toBe(200);
    }
    expect(api.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(n);
    expect(new Set(connector.activities.map((a) => a.conversationId)).size).toBe(n);

    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++) statuses.push((await web.app.inject({ method: 'GET', url: '/api/lists', remoteAddress: PLATFORM_ADDRESS })).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });
});
