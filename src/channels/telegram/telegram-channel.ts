import { Bot, BotError, GrammyError, InputFile, webhookCallback, type Context } from 'grammy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ASK_PRIVATELY_TEXT, startTurn, storeWasBusy, type Agent, type Choice, type ConversationStore, type TurnOutput } from '../../agent/index.js';
import { ConfigError } from '../../config.js';
import { ERRORS } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import type { Logger } from '../../logger.js';
import { priceChart } from '../price-chart/index.js';
import { choiceKeyboard, pressedValue } from './choice-keyboard.js';
import { addressedText, groupTitle, isGroupChat } from './telegram-chat.js';
import { BUSY_REPLY, COMMAND_TURNS, GROUP_WELCOME_TEXT, linkCodeText, linkRedeemText, NOT_TEXT_REPLY, WELCOME_CHOICES, WELCOME_TEXT } from './telegram-texts.js';
import { createRetryTransformer, type RetryOptions } from './retry-transformer.js';
import { createSendPacer, type PaceOptions } from './send-pacer.js';
import { splitMessage } from './split-message.js';
import { malformedReason } from './update-guard.js';

/** What the Telegram channel needs, wired once in main.ts. */
export interface TelegramChannelDeps {
  /** The bot token from BotFather. */
  token: string;
  /** Another Bot API server (a local `telegram-bot-api`, or a fake in tests). */
  apiRoot?: string;
  /** Receive updates by webhook at `url` instead of long polling; Telegram sends `secret` in a header. */
  webhook?: { url: string; secret: string };
  agent: Agent;
  users: UserDirectory;
  conversations: ConversationStore;
  logger: Logger;
  retry?: RetryOptions;
  /** How the bot's messages are paced (Telegram's limits by default: 1 a second per chat, 20 a minute per group, 30 a second in all). */
  pace?: PaceOptions;
}

/** The stored address of a Telegram conversation, for proactive messages. */
export interface TelegramReference {
  chatId: number;
}

/** The Telegram channel. */
export interface TelegramChannel {
  /** Starts long polling, or registers the webhook when one is configured. Resolves once running. */
  start(): Promise<void>;
  /** Stops long polling (the webhook stays registered so Telegram keeps messages during a restart). */
  stop(): Promise<void>;
  /**
   * The fastify route handler for `POST /telegram/webhook`. A request without the right
   * `X-Telegram-Bot-Api-Secret-Token` is refused with 401.
   */
  webhookHandler(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  /** Writes to a chat first (a price alert), with choices as an inline keyboard. */
  sendProactive(chatId: number | string, text: string, choices?: readonly Choice[]): Promise<void>;
}

const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/** Telegram shows "typing…" for five seconds: it is sent again this often while the model thinks. */
const TYPING_EVERY_MS = 4_500;

/**
 * The Telegram channel on grammY. Messages and button presses become agent turns keyed by the
 * update id (a redelivered update is answered from the stored reply, never applied twice); the
 * reply's choices become an inline keyboard; every Bot API call is retried through 429s and 5xx.
 *
 * @example
 * const telegram = createTelegramChannel({ token, agent, users, conversations, logger });
 * await telegram.start();
 */
export function createTelegramChannel(deps: TelegramChannelDeps): TelegramChannel {
  const log = deps.logger.child({ channel: 'telegram' });
  const bot = new Bot(deps.token, deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {});
  // The pacer first, so it is the inner one: every attempt the retry transformer makes waits its turn.
  bot.api.config.use(createSendPacer({ ...deps.pace, logger: log }));
  bot.api.config.use(createRetryTransformer({ ...deps.retry, logger: log }));
  let polling = false;

  /**
   * Sends a reply in pieces Telegram accepts, the buttons under the last. In a group the first
   * piece answers `replyTo` (the speaker's message), so everyone sees whose request it was.
   */
  async function send(chatId: number | string, text: string, choices?: readonly Choice[], replyTo?: number): Promise<void> {
    const parts = splitMessage(text);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      await bot.api.sendMessage(chatId, part, {
        ...(last && choices?.length ? { reply_markup: choiceKeyboard(choices) } : {}),
        ...(i === 0 && replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
      });
    }
  }

  /**
   * A turn's answer: its text and buttons, then the price chart as a picture when the turn looked
   * at a price (or, for a price that never moved, a sentence saying so instead of a flat line).
   */
  async function answer(chatId: number, out: TurnOutput, replyTo?: number): Promise<void> {
    const chart = out.priceHistory ? priceChart(out.priceHistory) : undefined;
    await send(chatId, chart?.kind === 'sentence' ? `${out.text}\n${chart.text}` : out.text, out.choices, replyTo);
    if (chart?.kind !== 'picture') return;
    // "Sending a photo…" while it uploads; a failure there must not stop the picture.
    await bot.api.sendChatAction(chatId, 'upload_photo').catch((err: unknown) => log.debug({ err }, 'chat action not shown'));
    await bot.api.sendPhoto(chatId, new InputFile(chart.png, 'price-chart.png'), {
      caption: chart.caption.slice(0, 1024),
      ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
    });
  }

  /** Where a message was said: the chat to answer in, and the group when it is one. */
  function placeOf(ctx: Context): { chatId: number; group?: { title?: string } } {
    const chatId = ctx.chat?.id ?? ctx.from!.id;
    return isGroupChat(ctx.chat) ? { chatId, group: { title: groupTitle(ctx.chat) } } : { chatId };
  }

  /** The message to answer in a group (the speaker's), or undefined in a private chat. */
  const replyToIn = (ctx: Context) => (isGroupChat(ctx.chat) ? ctx.msg?.message_id : undefined);

  /**
   * Runs a turn and hands its answer to `deliver`: at once, or, when the message went to the
   * language model, with "typing…" shown meanwhile (unless `quiet`) and the answer when the model
   * is done. The update is finished either way, so the next messages are read and answered meanwhile.
   */
  async function runTurn(ctx: Context, text: string, deliver: (out: TurnOutput, late: boolean) => Promise<void>, opts: { quiet?: boolean; onThinking?: () => void } = {}): Promise<void> {
    const from = ctx.from!;
    const { chatId, group } = placeOf(ctx);
    const started = await startTurn(deps.agent, {
      channel: 'telegram',
      externalUserId: String(from.id),
      displayName: [from.first_name, from.last_name].filter(Boolean).join(' ') || undefined,
      conversationKey: String(chatId),
      messageId: String(ctx.update.update_id),
      text,
      ...(group ? { group } : {}),
    });
    const finish = async (out: TurnOutput, late = false) => {
      // Only a private chat is where personal messages (alerts, digests) may go later.
      if (!group) deps.conversations.setReference(out.conversationId, { chatId } satisfies TelegramReference);
      await deliver(out, late);
    };
    if (started.kind === 'answered') return finish(started.out);
    opts.onThinking?.();
    const stopTyping = opts.quiet ? () => undefined : keepTyping(chatId);
    void started.answer
      .then((out) => finish(out, true))
      .catch(async (err: unknown) => {
        log.warn({ err, updateId: ctx.update.update_id }, 'Telegram answer after thinking failed');
        if (storeWasBusy(err)) await send(chatId, BUSY_REPLY);
      })
      .catch((err: unknown) => log.error({ err }, 'Telegram busy reply failed'))
      .finally(stopTyping);
  }

  /** "typing…" in the chat now and every few seconds (Telegram shows it for five) until stopped. */
  function keepTyping(chatId: number): () => void {
    const typing = () => void bot.api.sendChatAction(chatId, 'typing').catch((err: unknown) => log.debug({ err }, 'sendChatAction failed'));
    typing();
    const timer = setInterval(typing, TYPING_EVERY_MS);
    timer.unref?.();
    return () => clearInterval(timer);
  }

  /** Stores the chat for proactive messages before the user has said anything to the agent. */
  function rememberChat(ctx: Context): void {
    const from = ctx.from!;
    const chatId = ctx.chat?.id ?? from.id;
    const user = deps.users.resolve('telegram', String(from.id), from.first_name);
    const conversationId = `telegram:${chatId}`;
    deps.conversations.save(conversationId, user.id, 'telegram', deps.conversations.load(conversationId));
    const reference: TelegramReference = { chatId };
    deps.conversations.setReference(conversationId, reference);
  }

  // First, before any handler reads ctx.from or ctx.chat: a forged update without them is
  // acknowledged (200) and dropped.
  bot.use(async (ctx, next) => {
    const reason = malformedReason(ctx.update);
    if (reason) {
      log.warn({ updateId: ctx.update.update_id, reason }, 'Telegram update ignored: malformed');
      return;
    }
    await next();
  });

  // Added to a group: say once what the group shares and what stays private.
  bot.on('message:new_chat_members:me', (ctx) => send(ctx.chat.id, GROUP_WELCOME_TEXT));

  bot.command('start', async (ctx) => {
    if (isGroupChat(ctx.chat)) {
      // A deep link code is never redeemed where others read along.
      await send(ctx.chat.id, ctx.match.trim() ? ASK_PRIVATELY_TEXT : GROUP_WELCOME_TEXT, undefined, ctx.msg.message_id);
      return;
    }
    if (ctx.match.trim()) {
      // A deep link (t.me/<bot>?start=CODE) carries a link code from another channel.
      await ctx.reply(linkRedeemText(deps.users, 'telegram', String(ctx.from!.id), ctx.match.trim()));
      return;
    }
    rememberChat(ctx);
    await send(ctx.chat.id, WELCOME_TEXT, WELCOME_CHOICES);
  });

  bot.command('link', async (ctx) => {
    // A code shown in a group could be redeemed by anyone there: codes only in a private chat.
    if (isGroupChat(ctx.chat)) return void (await send(ctx.chat.id, ASK_PRIVATELY_TEXT, undefined, ctx.msg.message_id));
    const code = ctx.match.trim();
    const externalId = String(ctx.from!.id);
    if (code) {
      await ctx.reply(linkRedeemText(deps.users, 'telegram', externalId, code));
    } else {
      const user = deps.users.resolve('telegram', externalId, ctx.from!.first_name);
      await ctx.reply(linkCodeText(deps.users.createLinkCode(user.id)));
    }
  });

  for (const [command, text] of Object.entries(COMMAND_TURNS)) {
    bot.command(command, async (ctx) => {
      await runTurn(ctx, ctx.match.trim() ? `${text} ${ctx.match.trim()}` : text, (out) => answer(ctx.chat.id, out, replyToIn(ctx)));
    });
  }

  bot.on('message:text', async (ctx) => {
    // An answer that took the model a while quotes the message it answers: others may have come between.
    if (!isGroupChat(ctx.chat)) return runTurn(ctx, ctx.message.text, (out, late) => answer(ctx.chat.id, out, late ? ctx.message.message_id : undefined));
    const said = addressedText(ctx.message, bot.botInfo);
    // Another bot's command: not ours to answer.
    if (!said.addressed && said.text.startsWith('/')) return;
    // With privacy mode off the bot reads all of a group's chatter: what was not said to it and
    // was not understood as a request ("see you tonight!") gets no answer, and no "typing…".
    await runTurn(ctx, said.text, async (out) => {
      if (!said.addressed && out.source === 'fallback') return;
      await answer(ctx.chat.id, out, ctx.message.message_id);
    }, { quiet: !said.addressed });
  });

  bot.on('callback_query:data', async (ctx) => {
    const query = ctx.callbackQuery;
    const value = pressedValue(query.data, query.message?.reply_markup);
    if (value === undefined) return void (await ctx.answerCallbackQuery({ text: 'That button has expired. Please ask again.' }));
    let acknowledged = false;
    const acknowledge = () => {
      acknowledged = true;
      return ctx.answerCallbackQuery();
    };
    await runTurn(ctx, value, async (out) => {
      // A press that did nothing (expired, someone else's question, answered already) is said in the
      // button's notice; the chat and the message with the buttons stay as they are.
      if (out.stale && !acknowledged) return void (await ctx.answerCallbackQuery({ text: out.text.slice(0, 200), show_alert: true }));
      // Answered as soon as the turn is done: Telegram shows a spinner on the button until then.
      if (!acknowledged) await acknowledge();
      const [first, ...rest] = splitMessage(out.text);
      const keyboard = out.choices?.length ? choiceKeyboard(out.choices) : undefined;
      if (!query.message) return answer(ctx.chat?.id ?? ctx.from.id, out);
      try {
        await ctx.editMessageText(first!, { reply_markup: rest.length === 0 ? keyboard : undefined });
      } catch (err) {
        // A repeated press edits to the same text, which Telegram refuses; the user already sees it.
        if (!(err instanceof GrammyError && /not modified/i.test(err.description))) throw err;
      }
      if (rest.length) await send(query.message.chat.id, rest.join('\n'), out.choices);
    }, { onThinking: () => void acknowledge().catch((err: unknown) => log.debug({ err }, 'callback query not answered')) });
  });

  // Photos, stickers, voice notes: say what works instead of staying silent. Only in a private
  // chat, so service messages in groups (someone joined) get no answer.
  bot.chatType('private').on('message', (ctx) => ctx.reply(NOT_TEXT_REPLY));

  // Long polling only: a webhook update's error is thrown to webhookHandler instead.
  bot.catch(async (err) => {
    const updateId = err.ctx.update.update_id;
    if (!storeWasBusy(err.error)) {
      log.error({ err: err.error, updateId }, 'Telegram update failed');
      return;
    }
    // Polling has already confirmed the update, so Telegram will not send it again: the person
    // is asked to. Nothing was applied, and the message is not remembered as handled.
    log.warn({ err: err.error, updateId }, 'Telegram turn deferred: store busy');
    const chatId = err.ctx.chat?.id ?? err.ctx.from?.id;
    if (chatId === undefined) return;
    await send(chatId, BUSY_REPLY).catch((sendErr: unknown) => log.error({ err: sendErr, updateId }, 'Telegram busy reply failed'));
  });

  /** Registers the webhook, or starts long polling and resolves once it runs. */
  async function begin(): Promise<void> {
    if (deps.webhook) {
      await bot.init();
      await bot.api.setWebhook(deps.webhook.url, { secret_token: deps.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      log.info({ url: deps.webhook.url, bot: bot.botInfo.username, privacyMode: !bot.botInfo.can_read_all_group_messages }, 'Telegram webhook registered');
      return;
    }
    await new Promise<void>((resolve, reject) => {
      let started = false;
      bot
        .start({
          allowed_updates: [...ALLOWED_UPDATES],
          onStart: (info) => {
            started = true;
            polling = true;
            // Privacy mode on: in groups only commands and replies to the bot arrive (docs/telegram.md).
            log.info({ bot: info.username, privacyMode: !info.can_read_all_group_messages }, 'Telegram long polling started');
            resolve();
          },
        })
        .catch((err: unknown) => {
          if (!started) reject(err);
          else log.error({ err }, 'Telegram polling stopped with an error');
        });
    });
  }

  const secret = deps.webhook?.secret;
  // A slow turn (the LLM path) is answered 200 after 50 s and finishes in the background: a
  // timeout error would make Telegram redeliver while the first delivery is still running, and
  // the person would get the reply twice.
  const grammyWebhook = secret
    ? webhookCallback(bot, 'fastify', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 50_000 })
    : undefined;

  return {
    async start() {
      try {
        await begin();
      } catch (err) {
        throw new ConfigError(startProblem(err, deps.webhook !== undefined, deps.apiRoot));
      }
    },
    async stop() {
      if (polling) await bot.stop();
      polling = false;
    },
    async webhookHandler(request, reply) {
      // Without a configured secret nobody may push updates in: polling is the only way in.
      if (!grammyWebhook) {
        await reply.code(401).send('"unauthorized"');
        return;
      }
      try {
        await grammyWebhook(request, reply);
      } catch (err) {
        // grammY wraps what a handler threw in a BotError.
        if (!storeWasBusy(err instanceof BotError ? err.error : err) || reply.sent) throw err;
        // A 500 makes Telegram deliver the update again a little later; nothing was applied,
        // and the dedupe applies the redelivery once.
        log.warn({ err }, 'Telegram webhook update deferred: store busy');
        await reply.code(500).send({ error: { code: 'UPSTREAM_UNAVAILABLE', message: ERRORS.UPSTREAM_UNAVAILABLE.message } });
      }
    },
    sendProactive: (chatId, text, choices) => send(chatId, text, choices),
  };
}

/**
 * What stopped the bot from starting, as a sentence naming the variable to fix (no stack trace):
 * a token Telegram does not know, a webhook it refused, or a Bot API server it could not reach.
 */
function startProblem(err: unknown, webhook: boolean, apiRoot?: string): string {
  if (err instanceof GrammyError) {
    if (err.error_code === 401 || err.error_code === 404) return `Invalid value for TELEGRAM_BOT_TOKEN: Telegram does not know this bot token (${err.error_code} ${err.description})`;
    if (webhook && err.method === 'setWebhook') return `Invalid value for TELEGRAM_WEBHOOK_URL: Telegram refused it (${err.description})`;
    return `Telegram refused to start the bot: ${err.method} answered ${err.error_code} ${err.description}`;
  }
  const reason = err instanceof Error ? err.message : String(err);
  return `Telegram could not be reached${apiRoot ? ` at TELEGRAM_API_ROOT=${apiRoot}` : ''}: ${reason}`;
}
