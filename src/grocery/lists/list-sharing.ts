import { AppError } from '../../errors.js';
import type { ListRepository } from '../../store/lists/index.js';
import type { Transactor } from '../../store/sql.js';
import type { CodeAttempts, RandomInt } from '../access/index.js';
import type { Clock } from '../types.js';
import { LIST_LIMITS } from './limits.js';
import { formatShareCode, newShareCode, normaliseShareCode, SHARE_CODE_TTL_MS } from './share-code.js';
import type { ListRole, ListSummary } from './types.js';

/** A list's share code as people see it ("ABCD-EFGH-JK23") and when it stops working. */
export interface ShareCode {
  code: string;
  expiresAt: number;
}

/** One person on a list. */
export interface ListMember {
  userId: number;
  role: ListRole;
  /** The name the channel gave them (Telegram, Teams); null for a web chat guest. */
  displayName: string | null;
  joinedAt: number;
}

/** Where a code attempt came from: the client address when the channel knows it. */
export interface CodeOrigin {
  origin?: string;
}

/** Sharing a list and taking it back: the part of {@link ListService} about who is on a list. */
export interface ListSharing {
  /**
   * The list's share code, made when it has none or the old one expired (valid for 7 days). Only
   * the owner makes a new one; an editor is told the code that works now, if there is one.
   */
  shareCode(userId: number, listId: number): ShareCode;
  /** A new code for the owner; the old one stops working at once. The people on the list stay. */
  rotateShareCode(userId: number, listId: number): ShareCode;
  /** "Stop sharing": the code stops working and everyone but the owner is taken off. Returns who went. */
  stopSharing(userId: number, listId: number): ListMember[];
  /** Everyone on the list, the owner first; any member may ask. */
  members(userId: number, listId: number): ListMember[];
  /**
   * The owner takes one person off. The share code stops working too (the person may still know
   * it); sharing again makes a new one.
   */
  removeMember(userId: number, listId: number, memberUserId: number): ListMember;
  /**
   * Joins a list by its share code as an editor. SHARE_CODE_INVALID when no list has it (or it
   * expired); wrong codes are counted per person and per `origin`, and too many in a row are
   * refused with TOO_MANY_CODE_ATTEMPTS before the code is looked at.
   */
  join(userId: number, code: string, from?: CodeOrigin): ListSummary;
  /** Leaves a shared list. The owner cannot leave; they delete it instead. */
  leave(userId: number, listId: number): void;
}

/** What {@link createListSharing} needs from the list service it is part of. */
export interface ListSharingDeps {
  transactor: Transactor;
  store: ListRepository;
  now: Clock;
  codeAttempts: CodeAttempts;
  randomInt?: RandomInt;
  member(userId: number, listId: number): ListSummary;
  owner(userId: number, listId: number, action: string): ListSummary;
  /** Throws TOO_MANY_LISTS when the user is on as many lists as one person may be. */
  roomForAnotherList(userId: number): void;
}

/**
 * @example
 * const sharing = createListSharing({ transactor, store, now, codeAttempts, member, owner, roomForAnotherList });
 * const { code } = sharing.shareCode(ownerId, listId);
 * sharing.join(friendId, code);
 */
export function createListSharing(deps: ListSharingDeps): ListSharing {
  const { transactor, store, now } = deps;

  const shown = (c: { code: string; expiresAt: number }): ShareCode => ({ code: formatShareCode(c.code), expiresAt: c.expiresAt });

  /** A fresh code for the list, unique among live codes. Runs inside the caller's transaction. */
  const issue = (listId: number): ShareCode => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const code = newShareCode(deps.randomInt);
      if (store.isShareCodeTaken(code)) continue;
      const expiresAt = now() + SHARE_CODE_TTL_MS;
      store.setShareCode(listId, code, expiresAt);
      return shown({ code, expiresAt });
    }
    throw new AppError('INTERNAL', { detail: 'no free share code after 20 tries' });
  };

  const live = (listId: number) => {
    const current = store.shareCodeOf(listId);
    return current && current.expiresAt > now() ? current : undefined;
  };

  return {
    shareCode: (userId, listId) =>
      transactor.atomically(() => {
        const list = deps.member(userId, listId);
        const current = live(listId);
        if (current) return shown(current);
        if (list.role !== 'owner') {
          throw new AppError('NOT_ALLOWED', { userMessage: "Only the list's owner can make a new share code for it.", detail: `editor ${userId} share ${listId}` });
        }
        return issue(listId);
      }),
    rotateShareCode: (userId, listId) =>
      transactor.atomically(() => {
        deps.owner(userId, listId, 'change the share code of');
        return issue(listId);
      }),
    stopSharing: (userId, listId) =>
      transactor.atomically(() => {
        deps.owner(userId, listId, 'stop sharing');
        const gone = store.members(listId).filter((m) => m.role !== 'owner');
        store.setShareCode(listId, null, null);
        store.removeEditors(listId);
        return gone;
      }),
    members: (userId, listId) => {
      deps.member(userId, listId);
      return store.members(listId);
    },
    removeMember: (userId, listId, memberUserId) =>
      transactor.atomically(() => {
        deps.owner(userId, listId, 'remove people from');
        const target = store.members(listId).find((m) => m.userId === memberUserId);
        if (!target) throw new AppError('NOT_FOUND', { userMessage: "That person isn't on this list.", detail: `user ${memberUserId} not on list ${listId}` });
        if (target.role === 'owner') throw new AppError('NOT_ALLOWED', { userMessage: "You own this list, so you can't take yourself off it.", detail: `owner ${userId} remove self ${listId}` });
        store.removeMember(listId, memberUserId);
        store.setShareCode(listId, null, null);
        return target;
      }),
    join: (userId, rawCode, from = {}) => {
      const subjects = [`person:${userId}`, ...(from.origin ? [`address:${from.origin}`] : [])];
      return deps.codeAttempts.redeem('share', subjects, () =>
        transactor.atomically(() => {
          const code = normaliseShareCode(rawCode);
          const listId = code ? store.listIdByShareCode(code, now()) : undefined;
          if (listId === undefined) throw new AppError('SHARE_CODE_INVALID', { detail: `code "${rawCode.slice(0, 40)}"` });
          const already = store.summary(userId, listId);
          if (already) return already;
          if (store.members(listId).length >= LIST_LIMITS.membersPerList) {
            throw new AppError('LIST_MEMBERS_FULL', {
              userMessage: `That list is already shared with ${LIST_LIMITS.membersPerList} people, the most one list can have.`,
              detail: `list ${listId} full of members`,
            });
          }
          deps.roomForAnotherList(userId);
          store.addMember(listId, userId, 'editor', now());
          return store.summary(userId, listId)!;
        }),
      );
    },
    leave: (userId, listId) => {
      const list = deps.member(userId, listId);
      if (list.role === 'owner') {
        throw new AppError('NOT_ALLOWED', { userMessage: 'You own this list, so you can delete it but not leave it.', detail: `owner ${userId} leave ${listId}` });
      }
      store.removeMember(listId, userId);
    },
  };
}
