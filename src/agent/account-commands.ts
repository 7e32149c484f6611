import { isAppError, RETRY_LATER_CODES, userMessageOf } from '../errors.js';
import { ASK_PRIVATELY_TEXT } from '../tools/ask-privately.js';
import type { ChannelName, UserDirectory } from '../grocery/users/index.js';
import type { Reply } from './reply.js';

/** Who is speaking, as the channel said. */
export interface Speaker {
  userId: number;
  channel: ChannelName;
  externalUserId: string;
  /** The client address, when the channel knows it (the web). */
  origin?: string;
  /** Speaking in a chat several people share: link codes are not handed out or taken there. */
  inGroup?: boolean;
}

/** An account command's answer; `retryLater` when it was refused for now ("wait before trying another code"). */
export type AccountReply = Reply & { retryLater?: boolean };

const STOP_ALERTS = /^(?:please\s+)?(?:stop|pause|mute|disable|turn off|no more)\s+(?:all\s+|the\s+|price\s+|my\s+)*(?:alerts?|notifications?)(?:\s+(?:please|pls))?[.!]*$/i;
const START_ALERTS = /^(?:please\s+)?(?:start|resume|unmute|enable|turn on)\s+(?:all\s+|the\s+|price\s+|my\s+)*(?:alerts?|notifications?)(?:\s+(?:please|pls))?[.!]*$/i;
const ALERTS_ON_OFF = /^(?:price\s+)?alerts?\s+(on|off)[.!]*$/i;
const QUIET_OFF = /^(?:no|clear|remove|turn off|stop)\s+(?:the\s+|my\s+)?quiet\s+hours[.!]*$|^quiet\s+hours\s+off[.!]*$/i;
const QUIET = /^(?:set\s+)?(?:my\s+)?quiet\s+hours\s+(?:(?:are|is|to|from)\s+)?(.+?)\s*(?:-|–|to|until|till)\s*(.+?)[.!]*$/i;
const LINK_NEW = /^\/?(?:link|link (?:my )?accounts?|connect (?:my )?accounts?)[.!]*$/i;
/** "link ABCDE-FGH23", "link abcde fgh23": letters and digits (at least one digit, as in every code), dashes or spaces between. */
const LINK_CODE = /^\/?link\s+((?=[A-Za-z0-9 -]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[ -](?=[A-Za-z0-9])){3,20})[.!]*$/i;

/**
 * Account commands every channel understands the same way, handled before any grocery
 * understanding: "stop alerts" / "start alerts", "quiet hours 10pm to 7am" / "no quiet hours",
 * "link" (a one-time code) and "link CODE" (join this chat to the account that made it).
 * Returns undefined when the text is not one of them.
 *
 * @example
 * accountCommand('stop alerts', users, speaker) // { text: "Alerts are off. ..." }
 */
export function accountCommand(text: string, users: UserDirectory, who: Speaker): AccountReply | undefined {
  const t = text.trim();
  const onOff = ALERTS_ON_OFF.exec(t);
  if (STOP_ALERTS.test(t) || onOff?.[1]?.toLowerCase() === 'off') {
    users.setAlerts(who.userId, false);
    return { text: 'Alerts are off. I won\'t message you about prices until you say "start alerts".', source: 'offline' };
  }
  if (START_ALERTS.test(t) || onOff?.[1]?.toLowerCase() === 'on') {
    users.setAlerts(who.userId, true);
    return { text: "Alerts are on. I'll message you when something you track or buy gets cheaper.", source: 'offline' };
  }
  if (QUIET_OFF.test(t)) {
    users.setQuietHours(who.userId, null, null);
    return { text: 'Quiet hours are off: alerts can arrive at any time.', source: 'offline' };
  }
  const quiet = QUIET.exec(t);
  if (quiet) {
    const start = parseHour(quiet[1]!);
    const end = parseHour(quiet[2]!);
    if (start === undefined || end === undefined || start === end) {
      return { text: 'Tell me quiet hours like "quiet hours 10pm to 7am".', source: 'offline' };
    }
    users.setQuietHours(who.userId, start, end);
    return { text: `Quiet hours set: no alerts from ${hourText(start)} to ${hourText(end)}. Alerts that come up then wait until ${hourText(end)}.`, source: 'offline' };
  }
  if (who.inGroup && (LINK_NEW.test(t) || LINK_CODE.test(t))) return { text: ASK_PRIVATELY_TEXT, source: 'offline' };
  if (LINK_NEW.test(t)) {
    const code = users.createLinkCode(who.userId);
    return { text: `Your link code is ${code}. Send "link ${code}" to me in your other chat (Telegram, Teams or the web) within 15 minutes, and your lists will be the same everywhere.`, source: 'offline' };
  }
  const link = LINK_CODE.exec(t);
  if (link) {
    try {
      users.redeemLinkCode(link[1]!, who.channel, who.externalUserId, { origin: who.origin });
      return { text: 'Linked! Your lists are now the same here and in your other chats.', source: 'offline' };
    } catch (err) {
      const retryLater = isAppError(err) && RETRY_LATER_CODES.has(err.code);
      return { text: userMessageOf(err), source: 'offline', ...(retryLater ? { retryLater } : {}) };
    }
  }
  return undefined;
}

/** "10pm", "10 pm", "22", "22:00", "7am", "7", "noon", "midnight" -> hour of day. */
export function parseHour(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/\./g, '');
  if (t === 'midnight') return 0;
  if (t === 'noon' || t === 'midday') return 12;
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm|a|p)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const suffix = m[3]?.[0];
  if (hour > 23 || (suffix && (hour < 1 || hour > 12))) return undefined;
  if (suffix === 'p' && hour < 12) hour += 12;
  if (suffix === 'a' && hour === 12) hour = 0;
  return hour;
}

function hourText(hour: number): string {
  if (hour === 0) return 'midnight';
  if (hour === 12) return 'noon';
  return hour < 12 ? `${hour}am` : `${hour - 12}pm`;
}
