import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the fake received it. */
export interface TelegramCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered with (an error when it was told to fail). */
  status: number;
}

/** A message the fake holds, as the user's chat would show it. */
export interface FakeMessage {
  message_id: number;
  chat: { id: number; type: 'private' };
  date: number;
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
}

/** A failure the fake answers the next call to `method` with. */
export type InjectedFailure = { status: 429; retryAfter: number } | { status: 500 | 502 } | { status: 403 };

/** A Bot API server for tests: real HTTP, the real `{ ok, result }` envelope, every call recorded. */
export interface FakeTelegramApi {
  /** The `apiRoot` to hand to grammY (`http://127.0.0.1:PORT`). */
  apiRoot: string;
  calls: TelegramCall[];
  /** Queues an update for `getUpdates`; assigns the next `update_id` when none is given. */
  pushUpdate(update: Record<string, unknown>): number;
  /** A text message from a user, as Telegram would deliver it; returns the update. */
  textUpdate(from: { id: number; first_name?: string }, text: string, updateId?: number): Record<string, unknown>;
  /** A press on an inline-keyboard button under a message the bot sent. */
  callbackUpdate(from: { id: number }, message: FakeMessage, data: string): Record<string, unknown>;
  /** The next `count` calls to `method` fail as described. */
  failNext(method: string, failure: InjectedFailure, count?: number): void;
  /** Messages in a chat, in the order they were sent, with edits applied. */
  chat(chatId: number): FakeMessage[];
  /** Resolves once a call to `method` satisfying `match` has been recorded (polls every 10 ms). */
  waitFor(method: string, match?: (call: TelegramCall) => boolean, timeoutMs?: number): Promise<TelegramCall>;
  webhook: { url: string; secret?: string } | null;
  close(): Promise<void>;
}

const BOT_USER = { id: 4242, is_bot: true, first_name: 'Grocery', username: 'grocery_test_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };

/**
 * Starts a fake Telegram Bot API on a free local port for `token`. Calls with another token get
 * 401, as the real server answers an unknown bot.
 */
export async function startFakeTelegramApi(token: string): Promise<FakeTelegramApi> {
  const calls: TelegramCall[] = [];
  const queue: Record<string, unknown>[] = [];
  const failures = new Map<string, InjectedFailure[]>();
  const chats = new Map<number, FakeMessage[]>();
  const waiters = new Set<() => void>();
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  let webhook: FakeTelegramApi['webhook'] = null;

  const wake = () => {
    for (const w of [...waiters]) w();
  };

  function messagesOf(chatId: number): FakeMessage[] {
    let list = chats.get(chatId);
    if (!list) chats.set(chatId, (list = []));
    return list;
  }

  async function getUpdates(payload: Record<string, unknown>): Promise<unknown[]> {
    const offset = Number(payload.offset ?? 0);
    // Confirmed updates leave the queue, as on the real server.
    for (let i = queue.length - 1; i >= 0; i--) if ((queue[i]!.update_id as number) < offset) queue.splice(i, 1);
    const limit = Number(payload.limit ?? 100);
    const ready = () => queue.filter((u) => (u.update_id as number) >= offset).slice(0, limit);
    if (ready().length || !payload.timeout) return ready();
    await new Promise<void>((resolve) => {
      const done = () => {
        waiters.delete(done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, Math.min(Number(payload.timeout), 2) * 1000);
      waiters.add(done);
    });
    return ready();
  }

  function answer(method: string, payload: Record<string, unknown>): Promise<unknown> | unknown {
    switch (method) {
      case 'getMe':
        return BOT_USER;
      case 'getUpdates':
        return getUpdates(payload);
      case 'setWebhook':
        webhook = { url: String(payload.url), secret: payload.secret_token as string | undefined };
        return true;
      case 'deleteWebhook':
        webhook = null;
        return true;
      case 'sendMessage': {
        const chatId = Number(payload.chat_id);
        const message: FakeMessage = {
          message_id: nextMessageId++,
          chat: { id: chatId, type: 'private' },
          date: 1_762_000_000,
          text: String(payload.text),
          reply_markup: payload.reply_markup as FakeMessage['reply_markup'],
        };
        messagesOf(chatId).push(message);
        return { ...message, from: BOT_USER };
      }
      case 'editMessageText': {
        const message = messagesOf(Number(payload.chat_id)).find((m) => m.message_id === Number(payload.message_id));
        if (!message) throw Object.assign(new Error('Bad Request: message to edit not found'), { status: 400 });
        message.text = String(payload.text);
        message.reply_markup = payload.reply_markup as FakeMessage['reply_markup'];
        return { ...message, from: BOT_USER };
      }
      case 'sendChatAction':
        return true;
      case 'answerCallbackQuery':
        return true;
      default:
        throw Object.assign(new Error(`Not Found: method ${method} not implemented by the fake`), { status: 404 });
    }
  }

  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      void (async () => {
        const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
        const send = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (!match || match[1] !== token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
        const method = match[2]!;
        let payload: Record<string, unknown> = {};
        try {
          payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
        } catch {
          return send(400, { ok: false, error_code: 400, description: 'Bad Request: body is not JSON' });
        }
        const failure = failures.get(method)?.shift();
        if (failure) {
          calls.push({ method, payload, status: failure.status });
          wake();
          if (failure.status === 429) {
            return send(429, {
              ok: false,
              error_code: 429,
              description: `Too Many Requests: retry after ${failure.retryAfter}`,
              parameters: { retry_after: failure.retryAfter },
            });
          }
          const description = failure.status === 403 ? 'Forbidden: bot was blocked by the user' : 'Internal Server Error';
          return send(failure.status, { ok: false, error_code: failure.status, description });
        }
        try {
          const result = await answer(method, payload);
          calls.push({ method, payload, status: 200 });
          send(200, { ok: true, result });
        } catch (err) {
          const status = (err as { status?: number }).status ?? 500;
          calls.push({ method, payload, status });
          send(status, { ok: false, error_code: status, description: (err as Error).message });
        }
        wake();
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const api: FakeTelegramApi = {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    get webhook() {
      return webhook;
    },
    pushUpdate(update) {
      const id = (update.update_id as number | undefined) ?? nextUpdateId++;
      queue.push({ ...update, update_id: id });
      wake();
      return id;
    },
    textUpdate(from, text, updateId) {
      const isCommand = text.startsWith('/');
      return {
        update_id: updateId ?? nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: 1_762_000_000,
          from: { id: from.id, is_bot: false, first_name: from.first_name ?? 'Ana' },
          chat: { id: from.id, type: 'private', first_name: from.first_name ?? 'Ana' },
          text,
          ...(isCommand ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
        },
      };
    },
    callbackUpdate(from, message, data) {
      return {
        update_id: nextUpdateId++,
        callback_query: {
          id: `cbq-${nextUpdateId}`,
          from: { id: from.id, is_bot: false, first_name: 'Ana' },
          chat_instance: 'ci-1',
          message: { ...message, from: BOT_USER },
          data,
        },
      };
    },
    failNext(method, failure, count = 1) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < count; i++) list.push(failure);
      failures.set(method, list);
    },
    chat: (chatId) => messagesOf(chatId),
    async waitFor(method, match = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find((c) => c.method === method && c.status === 200 && match(c));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no ${method} call arrived within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        wake();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}
