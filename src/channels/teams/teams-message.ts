/** Teams puts "<at>Grocery</at>" in front of a message that mentions the bot in a group chat. */
const MENTION = /<at>[^<]*<\/at>/gi;

/** Markup Teams may wrap a typed message in (paragraphs, line breaks, spans). */
const TAGS = /<\/?(?:p|div|span|br|b|i|strong|em)\b[^>]*>/gi;

const NAMED: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * What a person typed in Teams, as plain text: the bot mention and markup taken out and HTML
 * entities decoded, so `<at>Grocery</at>&nbsp;add butter` is "add butter" and "M&amp;Ms" is "M&Ms".
 * An entity it does not know is left as written.
 *
 * @example
 * typedText('<at>Grocery</at>&nbsp;add butter'); // 'add butter'
 */
export function typedText(text: string): string {
  return text
    .replace(MENTION, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(TAGS, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .replace(/\u00a0/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return NAMED[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** The shape of a Teams conversation the channel reads. */
interface TeamsConversation {
  conversationType?: string;
  isGroup?: boolean;
  name?: string;
}

/**
 * A Teams group chat or channel conversation (several people), with the name its shared list gets:
 * the chat's or channel's name, else the team's. Undefined for a personal (one-to-one) conversation.
 */
export function teamsGroup(conversation: TeamsConversation | undefined, channelData: unknown): { title?: string } | undefined {
  const type = conversation?.conversationType;
  const group = type === 'groupChat' || type === 'channel' || (type === undefined && conversation?.isGroup === true);
  if (!group) return undefined;
  const data = (channelData ?? {}) as { channel?: { name?: unknown }; team?: { name?: unknown } };
  const title = [conversation?.name, data.channel?.name, data.team?.name].find((n): n is string => typeof n === 'string' && n.trim() !== '');
  return title ? { title } : {};
}
