import { Bot, BotError, GrammyError, webhookCallback, type Context } from 'grammy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { startTurn, storeWasBusy, type Agent, type Choice, type ConversationStore, type TurnOutput } from '../../agent/index.js';
import { ERRORS } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import type { Logger } from '../../logger.js';
import { createChoiceKeyboards } from './choice-keyboard.js';
import { BUSY_REPLY, COMMAND_TURNS, linkCodeText, linkRedeemText, NOT_TEXT_REPLY, WELCOME_CHOICES, WELCOME_TEXT } from './telegram-texts.js';
import { createRetryTransformer, type RetryOptions } from './retry-transformer.js';
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
  bot.api.config.use(createRetryTransformer({ ...deps.retry, logger: log }));
  const keys = createChoiceKeyboards();
  let polling = false;

  async function send(chatId: number | string, text: string, choices?: readonly Choice[]): Promise<void> {
    const parts = splitMessage(text);
    for (const [i, part] of parts.entries()) {
      const last = i === parts.length - 1;
      await bot.api.sendMessage(chatId, part, last && choices?.length ? { reply_markup: keys.keyboard(choices) } : {});
    }
  }

  /**
   * Runs a turn and hands its answer to `deliver`: at once, or, when the message went to the
   * language model, with "typing…" shown meanwhile and the answer when the model is done. The
   * update is finished either way, so the person's next messages are read and answered meanwhile.
   */
  async function runTurn(ctx: Context, text: string, deliver: (out: TurnOutput) => Promise<void>): Promise<void> {
    const from = ctx.from!;
    const chatId = ctx.chat?.id ?? from.id;
    const started = await startTurn(deps.agent, {
      channel: 'telegram',
      externalUserId: String(from.id),
      displayName: [from.first_name, from.last_name].filter(Boolean).join(' ') || undefined,
      conversationKey: String(chatId),
      messageId: String(ctx.update.update_id),
      text,
    });
    const finish = async (out: TurnOutput) => {
      const reference: TelegramReference = { chatId };
      deps.conversations.setReference(out.conversationId, reference);
      await deliver(out);
    };
    if (started.kind === 'answered') return finish(started.out);
    const stopTyping = keepTyping(chatId);
    void started.answer
      .then(finish)
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

  bot.command('start', async (ctx) => {
    if (ctx.match.trim()) {
      // A deep link (t.me/<bot>?start=CODE) carries a link code from another channel.
      await ctx.reply(linkRedeemText(deps.users, 'telegram', String(ctx.from!.id), ctx.match.trim()));
      return;
    }
    rememberChat(ctx);
    await send(ctx.chat.id, WELCOME_TEXT, WELCOME_CHOICES);
  });

  bot.command('link', async (ctx) => {
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
      await runTurn(ctx, ctx.match.trim() ? `${text} ${ctx.match.trim()}` : text, (out) => send(ctx.chat.id, out.text, out.choices));
    });
  }

  bot.on('message:text', (ctx) => runTurn(ctx, ctx.message.text, (out) => send(ctx.chat.id, out.text, out.choices)));

  bot.on('callback_query:data', async (ctx) => {
    const query = ctx.callbackQuery;
    const value = keys.resolve(query.data, query.message?.reply_markup);
    // Answer at once: Telegram shows a spinner on the button until the query is answered.
    await ctx.answerCallbackQuery(value === undefined ? { text: 'That button has expired. Please ask again.' } : {});
    if (value === undefined) return;
    await runTurn(ctx, value, async (out) => {
      const [first, ...rest] = splitMessage(out.text);
      const keyboard = out.choices?.length ? keys.keyboard(out.choices) : undefined;
      if (!query.message) return send(ctx.chat?.id ?? ctx.from.id, out.text, out.choices);
      try {
        await ctx.editMessageText(first!, { reply_markup: rest.length === 0 ? keyboard : undefined });
      } catch (err) {
        // A repeated press edits to the same text, which Telegram refuses; the user already sees it.
        if (!(err instanceof GrammyError && /not modified/i.test(err.description))) throw err;
      }
      if (rest.length) await send(query.message.chat.id, rest.join('\n'), out.choices);
    });
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

  const secret = deps.webhook?.secret;
  // A slow turn (the LLM path) is answered 200 after 50 s and finishes in the background: a
  // timeout error would make Telegram redeliver while the first delivery is still running, and
  // the person would get the reply twice.
  const grammyWebhook = secret
    ? webhookCallback(bot, 'fastify', { secretToken: secret, onTimeout: 'return', timeoutMilliseconds: 50_000 })
    : undefined;

  return {
    async start() {
      if (deps.webhook) {
        await bot.init();
        await bot.api.setWebhook(deps.webhook.url, { secret_token: deps.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
        log.info({ url: deps.webhook.url, bot: bot.botInfo.username }, 'Telegram webhook registered');
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
              log.info({ bot: info.username }, 'Telegram long polling started');
              resolve();
            },
          })
          .catch((err: unknown) => {
            if (!started) reject(err);
            else log.error({ err }, 'Telegram polling stopped with an error');
          });
      });
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

