import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One Bot API call as the fake received it. */
export interface TelegramCall {
  method: string;
  payload: Record<string, unknown>;
  /** What the fake answered with (an error when it was told to fail). */
  status: number;
}

/** A chat the fake knows: a private chat (its id is the person's id) or a group (a negative id). */
export type FakeChat = { id: number; type: 'private'; first_name?: string } | { id: number; type: 'group' | 'supergroup'; title: string };

/** A message the fake holds, as the user's chat would show it. */
export interface FakeMessage {
  message_id: number;
  chat: FakeChat;
  date: number;
  text: string;
  reply_markup?: { inline_keyboard: { text: string; callback_data?: string }[][] };
  /** The message this one answers (`reply_parameters.message_id`). */
  reply_to_message_id?: number;
}

/** One line of a chat as everyone in it saw it: who said it (the bot is "Grocery") and what. */
export interface ChatLine {
  message_id: number;
  from: string;
  text: string;
  reply_to_message_id?: number;
  /** A photo's caption stands in `text`; set when the message was a photo. */
  photo?: { bytes: number; type: string };
  buttons?: string[];
  /** What the message said before the bot edited it (its first text). */
  before?: string;
}

/** A picture the bot uploaded with sendPhoto. */
export interface FakePhoto {
  chatId: number;
  caption: string;
  png: Buffer;
  messageId: number;
}

/** A file in a multipart upload. */
interface UploadedFile {
  bytes: Buffer;
  type: string;
  name: string;
}

/** The actions sendChatAction accepts. */
const CHAT_ACTIONS = new Set(['typing', 'upload_photo', 'record_video', 'upload_video', 'record_voice', 'upload_voice', 'upload_document', 'choose_sticker', 'find_location', 'record_video_note', 'upload_video_note']);

/**
 * A multipart/form-data body as the Bot API reads it: string fields, and files with their bytes.
 * Parsed by hand, as leniently as Telegram's server: grammY writes part headers without a space
 * after the colon ("content-disposition:form-data;name=..."), which stricter parsers refuse.
 */
async function multipartPayload(raw: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!boundary) throw new Error('multipart without a boundary');
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const payload: Record<string, unknown> = {};
  let at = raw.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, split).toString('utf8');
    const bytes = part.subarray(split + 4);
    const name = /;\s*name=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers)?.slice(1).find((v) => v !== undefined);
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers)?.slice(1).find((v) => v !== undefined);
    const type = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
    if (name !== undefined) payload[name] = filename !== undefined ? ({ bytes: Buffer.from(bytes), type, name: filename } satisfies UploadedFile) : bytes.toString('utf8');
    at = next;
  }
  // A file is sent under its own name and referred to as attach://<name>.
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === 'string' && value.startsWith('attach://')) payload[key] = payload[value.slice('attach://'.length)];
  }
  return payload;
}

const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
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
  /**
   * A text message someone sends in a group, as Telegram delivers it to the bot (with privacy
   * mode off, or when it is a command, a mention or a reply to the bot: the fake does not filter).
   * `replyTo` makes it a reply to that message.
   */
  groupTextUpdate(chat: { id: number; title: string }, from: { id: number; first_name: string }, text: string, opts?: { replyTo?: FakeMessage }): Record<string, unknown>;
  /** The service message Telegram sends when the bot is added to a group. */
  botAddedUpdate(chat: { id: number; title: string }, by: { id: number; first_name: string }): Record<string, unknown>;
  /** A press on an inline-keyboard button under a message the bot sent. */
  callbackUpdate(from: { id: number; first_name?: string }, message: FakeMessage, data: string): Record<string, unknown>;
  /** Everything said in a chat, people and bot, in order, with edits applied: the chat as its members see it. */
  history(chatId: number): ChatLine[];
  /** Pictures the bot sent (sendPhoto uploads), in order, with their bytes. */
  photos: FakePhoto[];
  /** Chat actions the bot showed ("upload_photo", "typing"). */
  chatActions: { chatId: number; action: string }[];
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
export async function startFakeTelegramApi(token: string, opts: { flood?: { perChatMs: number; perGroupMs: number } } = {}): Promise<FakeTelegramApi> {
  // Telegram's flood control: a chat written to again too soon gets 429 with a retry_after.
  const lastWrite = new Map<number, number>();
  const tooSoon = (method: string, payload: Record<string, unknown>): boolean => {
    if (!opts.flood || !['sendMessage', 'sendPhoto'].includes(method)) return false;
    const chat = Number(payload.chat_id);
    const gap = chat < 0 ? opts.flood.perGroupMs : opts.flood.perChatMs;
    const last = lastWrite.get(chat);
    // 10% slack for timer jitter: a queue that waits its turn is never refused.
    if (last !== undefined && Date.now() - last < gap * 0.9) return true;
    lastWrite.set(chat, Date.now());
    return false;
  };
  const calls: TelegramCall[] = [];
  const queue: Record<string, unknown>[] = [];
  const failures = new Map<string, InjectedFailure[]>();
  const chats = new Map<number, FakeMessage[]>();
  const photos: FakePhoto[] = [];
  const chatActions: { chatId: number; action: string }[] = [];
  const lines = new Map<number, ChatLine[]>();
  const knownChats = new Map<number, FakeChat>();
  const waiters = new Set<() => void>();
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  let webhook: FakeTelegramApi['webhook'] = null;

  const wake = () => {
    for (const w of [...waiters]) w();
  };

  function linesOf(chatId: number): ChatLine[] {
    let list = lines.get(chatId);
    if (!list) lines.set(chatId, (list = []));
    return list;
  }

  const chatFor = (chatId: number): FakeChat => knownChats.get(chatId) ?? { id: chatId, type: 'private' };

  /** A message from a person, recorded in the chat's history as it is delivered. */
  function incoming(chat: FakeChat, from: { id: number; first_name?: string }, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
    knownChats.set(chat.id, chat);
    const message_id = nextMessageId++;
    const isCommand = text.startsWith('/');
    linesOf(chat.id).push({ message_id, from: from.first_name ?? 'Ana', text, ...(extra.reply_to_message ? { reply_to_message_id: (extra.reply_to_message as { message_id: number }).message_id } : {}) });
    return {
      message_id,
      date: 1_762_000_000,
      from: { id: from.id, is_bot: false, first_name: from.first_name ?? 'Ana' },
      chat,
      text,
      ...(isCommand ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
      ...extra,
    };
  }

  /** The bot's message, as Telegram stores it and answers it, recorded in the chat's history. */
  function outgoing(payload: Record<string, unknown>, text: string, photo?: ChatLine['photo']): FakeMessage {
    const chatId = Number(payload.chat_id);
    // In a multipart upload every field is a string, objects JSON-encoded.
    const rawReply = typeof payload.reply_parameters === 'string' ? JSON.parse(payload.reply_parameters) : payload.reply_parameters;
    const replyTo = rawReply as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
    if (replyTo?.message_id !== undefined && !replyTo.allow_sending_without_reply && !linesOf(chatId).some((l) => l.message_id === replyTo.message_id)) {
      throw Object.assign(new Error('Bad Request: message to be replied not found'), { status: 400 });
    }
    const message: FakeMessage = {
      message_id: nextMessageId++,
      chat: chatFor(chatId),
      date: 1_762_000_000,
      text,
      reply_markup: payload.reply_markup as FakeMessage['reply_markup'],
      ...(replyTo?.message_id !== undefined ? { reply_to_message_id: replyTo.message_id } : {}),
    };
    messagesOf(chatId).push(message);
    linesOf(chatId).push({
      message_id: message.message_id,
      from: BOT_USER.first_name,
      text,
      ...(message.reply_to_message_id !== undefined ? { reply_to_message_id: message.reply_to_message_id } : {}),
      ...(photo ? { photo } : {}),
      ...(message.reply_markup ? { buttons: message.reply_markup.inline_keyboard.flat().map((b) => b.text) } : {}),
    });
    return message;
  }

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
      case 'sendMessage':
        return { ...outgoing(payload, String(payload.text)), from: BOT_USER };
      case 'editMessageText': {
        const message = messagesOf(Number(payload.chat_id)).find((m) => m.message_id === Number(payload.message_id));
        if (!message) throw Object.assign(new Error('Bad Request: message to edit not found'), { status: 400 });
        message.text = String(payload.text);
        message.reply_markup = payload.reply_markup as FakeMessage['reply_markup'];
        const line = linesOf(Number(payload.chat_id)).find((l) => l.message_id === message.message_id);
        if (line) {
          if (line.text !== message.text) line.before ??= line.text;
          line.text = message.text;
          line.buttons = message.reply_markup?.inline_keyboard.flat().map((b) => b.text);
          if (!line.buttons) delete line.buttons;
        }
        return { ...message, from: BOT_USER };
      }
      case 'answerCallbackQuery':
        return true;
      case 'sendChatAction':
        if (!CHAT_ACTIONS.has(String(payload.action))) throw Object.assign(new Error('Bad Request: wrong parameter action in request'), { status: 400 });
        chatActions.push({ chatId: Number(payload.chat_id), action: String(payload.action) });
        return true;
      case 'sendPhoto': {
        const photo = payload.photo as UploadedFile | undefined;
        if (!photo || typeof photo === 'string') throw Object.assign(new Error('Bad Request: there is no photo in the request'), { status: 400 });
        if (!isPng(photo.bytes)) throw Object.assign(new Error('Bad Request: IMAGE_PROCESS_FAILED'), { status: 400 });
        const caption = String(payload.caption ?? '');
        if (caption.length > 1024) throw Object.assign(new Error('Bad Request: message caption is too long'), { status: 400 });
        // Telegram reads the picture itself, whatever content type the upload named.
        const message = outgoing({ ...payload, reply_markup: payload.reply_markup ? JSON.parse(String(payload.reply_markup)) : undefined }, caption, { bytes: photo.bytes.length, type: 'image/png' });
        photos.push({ chatId: Number(payload.chat_id), caption, png: photo.bytes, messageId: message.message_id });
        const { width, height } = pngSize(photo.bytes);
        return { ...message, caption, text: undefined, photo: [{ file_id: `photo-${message.message_id}`, file_unique_id: `u${message.message_id}`, width, height, file_size: photo.bytes.length }], from: BOT_USER };
      }
      default:
        throw Object.assign(new Error(`Not Found: method ${method} not implemented by the fake`), { status: 404 });
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString('utf8');
      void (async () => {
        const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
        const send = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (!match || match[1] !== token) return send(401, { ok: false, error_code: 401, description: 'Unauthorized' });
        const method = match[2]!;
        let payload: Record<string, unknown> = {};
        const type = req.headers['content-type'] ?? '';
        try {
          // A file upload (sendPhoto with a new picture) comes as multipart/form-data, every other
          // field a string (JSON for objects), as the Bot API takes it.
          payload = type.startsWith('multipart/form-data') ? await multipartPayload(raw, type) : body ? (JSON.parse(body) as Record<string, unknown>) : {};
        } catch {
          return send(400, { ok: false, error_code: 400, description: 'Bad Request: body is not JSON or multipart/form-data' });
        }
        const failure = failures.get(method)?.shift() ?? (tooSoon(method, payload) ? ({ status: 429, retryAfter: 1 } as const) : undefined);
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
      const chat: FakeChat = { id: from.id, type: 'private', first_name: from.first_name ?? 'Ana' };
      return { update_id: updateId ?? nextUpdateId++, message: incoming(chat, from, text) };
    },
    groupTextUpdate(chat, from, text, opts = {}) {
      const replyTo = opts.replyTo ? { reply_to_message: { ...opts.replyTo, from: BOT_USER } } : {};
      return { update_id: nextUpdateId++, message: incoming({ ...chat, type: 'supergroup' }, from, text, replyTo) };
    },
    botAddedUpdate(chat, by) {
      const group: FakeChat = { ...chat, type: 'supergroup' };
      knownChats.set(chat.id, group);
      return {
        update_id: nextUpdateId++,
        message: {
          message_id: nextMessageId++,
          date: 1_762_000_000,
          from: { id: by.id, is_bot: false, first_name: by.first_name },
          chat: group,
          new_chat_members: [BOT_USER],
          new_chat_member: BOT_USER,
          new_chat_participant: BOT_USER,
        },
      };
    },
    callbackUpdate(from, message, data) {
      const label = message.reply_markup?.inline_keyboard.flat().find((b) => b.callback_data === data)?.text ?? data;
      linesOf(message.chat.id).push({ message_id: 0, from: from.first_name ?? 'Ana', text: `[presses "${label}"]`, reply_to_message_id: message.message_id });
      return {
        update_id: nextUpdateId++,
        callback_query: {
          id: `cbq-${nextUpdateId}`,
          from: { id: from.id, is_bot: false, first_name: from.first_name ?? 'Ana' },
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
    history: (chatId) => linesOf(chatId),
    photos,
    chatActions,
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
