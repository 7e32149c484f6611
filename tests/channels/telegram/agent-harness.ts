import type { Agent, ConversationStore } from '../../../src/agent/index.js';
import { createTelegramChannel, type TelegramChannel } from '../../../src/channels/telegram/index.js';
import type { ListService } from '../../../src/grocery/lists/index.js';
import type { UserDirectory } from '../../../src/grocery/users/index.js';
import { createCore } from '../../../src/main.js';
import { createLogger, type Logger } from '../../../src/logger.js';
import type { Db } from '../../../src/store/database.js';
import { createTempDb } from '../../helpers/temp-db.js';

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

/** Builds the real agent (every tool, offline understanding) over an empty catalog: items stay free text. */
export function createAgentHarness(): AgentHarness {
  const { db, cleanup } = createTempDb();
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const core = createCore({ db, logger, now: () => NOW });
  return { agent: core.agent, db, users: core.users, conversations: core.conversations, lists: core.lists, logger, cleanup };
}

/** The names on a user's default list, as the list service sees them. */
export function itemNames(h: AgentHarness, userId: number): string[] {
  const list = h.lists.defaultList(userId);
  return h.lists.view(userId, list.id).groups.flatMap((g) => g.lines.map((l) => l.name));
}

/**
 * A Telegram channel over the harness's agent, talking to a fake Bot API at `apiRoot`; in webhook
 * mode when a secret is given. Retries are fast so 429/500 tests stay quick.
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
  });
}
