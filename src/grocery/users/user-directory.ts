import { AppError } from '../../errors.js';
import { createCodeAttempts, formatAccessCode, newAccessCode, normaliseAccessCode, type CodeAttempts, type CodeShape } from '../access/index.js';
import type { ChannelName, User, UserRepository } from '../../store/users/index.js';
import type { Clock } from '../types.js';

export type { ChannelName, User };

/** Who a channel identity belongs to, and the channels a user is reachable on. */
export interface UserDirectory {
  /** The user behind a channel identity, created on first contact. */
  resolve(channel: ChannelName, externalId: string, displayName?: string): User;
  /** The user behind a channel identity, or undefined when it never did anything: nothing is created. */
  find(channel: ChannelName, externalId: string): User | undefined;
  get(userId: number): User | undefined;
  identities(userId: number): { channel: ChannelName; externalId: string }[];
  /**
   * A one-time code ("K7QMXP2RTA") another channel can redeem to become the same person. Valid
   * for 15 minutes; making a new one cancels the person's previous code.
   */
  createLinkCode(userId: number): string;
  /**
   * Redeems a link code from `channel`/`externalId`: that identity now belongs to the code's user.
   * Lists the identity's old user owned move with it, so nothing stored is lost. Wrong codes are
   * counted per identity and per `origin` (a client address); too many in a row are refused with
   * TOO_MANY_CODE_ATTEMPTS before the code is looked at.
   */
  redeemLinkCode(code: string, channel: ChannelName, externalId: string, from?: { origin?: string }): User;
  setAlerts(userId: number, enabled: boolean): void;
  setQuietHours(userId: number, start: number | null, end: number | null): void;
}

/** How long a link code works. */
export const LINK_CODE_TTL_MS = 15 * 60 * 1000;
/** Ten characters in one piece (people copy them between their own chats): 31^10 ≈ 8.2e14 codes (docs/faults.md has the odds). */
export const LINK_CODE_SHAPE: CodeShape = { length: 10, group: 10 };
/**
 * The user directory over a {@link UserRepository}: link codes are made, checked and counted here.
 *
 * @example
 * const users = createUserDirectory(createUserRepository(conn));
 * const ana = users.resolve('telegram', '12345', 'Ana');
 */
export function createUserDirectory(repo: UserRepository, now: Clock = Date.now, opts: { codeAttempts?: CodeAttempts } = {}): UserDirectory {
  const codeAttempts = opts.codeAttempts ?? createCodeAttempts({ now });
  const redeem = (typed: string, channel: ChannelName, externalId: string): User => {
    const code = normaliseAccessCode(typed, LINK_CODE_SHAPE);
    const user = code ? repo.redeemLinkCode(code, { channel, externalId }, now()) : undefined;
    if (!user) throw new AppError('LINK_CODE_INVALID', { detail: 'unknown or expired link code' });
    return user;
  };
  return {
    // Someone known is one read with no transaction; a newcomer is registered under the write lock.
    resolve: (channel, externalId, displayName) => repo.findByIdentity(channel, externalId) ?? repo.register(channel, externalId, displayName, now()),
    find: (channel, externalId) => repo.findByIdentity(channel, externalId),
    get: (userId) => repo.get(userId),
    identities: (userId) => repo.identities(userId),
    createLinkCode: (userId) => {
      const code = newAccessCode(LINK_CODE_SHAPE);
      repo.replaceLinkCode(userId, code, now() + LINK_CODE_TTL_MS, now());
      return formatAccessCode(code, LINK_CODE_SHAPE);
    },
    redeemLinkCode: (code, channel, externalId, from = {}) => {
      const subjects = [`identity:${channel}:${externalId}`, ...(from.origin ? [`address:${from.origin}`] : [])];
      return codeAttempts.redeem('link', subjects, () => redeem(code, channel, externalId));
    },
    setAlerts: (userId, enabled) => repo.setAlerts(userId, enabled),
    setQuietHours: (userId, start, end) => repo.setQuietHours(userId, start, end),
  };
}
