import { z } from 'zod';
import type { Choice } from '../grocery/views.js';
import { joinAll, type ListMember } from '../grocery/lists/index.js';
import { listLabel, listRef, targetList } from './list-result.js';
import { listArg } from './schemas.js';
import type { ToolDeps } from './tool-deps.js';
import type { ToolDefinition } from './tool.js';

const input = z.object({ list: listArg });

/**
 * How each member is named to `viewer`: "you", the name their channel gave, or, for people without
 * one, "a web chat guest" (numbered in the order they joined when there are several).
 */
export function memberNames(members: readonly ListMember[], viewer: number): Map<number, string> {
  const guests = members.filter((m) => m.userId !== viewer && !m.displayName);
  let n = 0;
  return new Map(
    members.map((m) => [m.userId, m.userId === viewer ? 'you' : (m.displayName ?? (guests.length === 1 ? 'a web chat guest' : `web chat guest ${++n}`))]),
  );
}

/** The value a "Remove ..." button sends: the member by id, which no two people share. */
export function memberRef(m: Pick<ListMember, 'userId'>): string {
  return `#${m.userId}`;
}

/**
 * list_members: who is on a list. The owner also gets a "Remove ..." button per person and is
 * reminded how to stop sharing or change the code.
 */
export function listMembersTool(deps: Pick<ToolDeps, 'lists'>): ToolDefinition<typeof input> {
  return {
    name: 'list_members',
    description: 'Say who is on a list.',
    input,
    execute({ list }, ctx) {
      const target = targetList(deps, ctx, list);
      const members = deps.lists.members(ctx.userId, target.id);
      const label = listLabel(target.name);
      const others = members.filter((m) => m.userId !== ctx.userId);
      const owner = members.find((m) => m.role === 'owner');
      const isOwner = owner?.userId === ctx.userId;
      let text: string;
      let choices: Choice[] | undefined;
      if (others.length === 0) {
        text = `Only you are on your ${label}. Say "share my list" to get a code someone else can join with.`;
      } else {
        const named = memberNames(members, ctx.userId);
        const names = members.map((m) => `${named.get(m.userId)}${m.role === 'owner' ? ' (owner)' : ''}`);
        text = `On ${isOwner ? 'your' : 'the'} ${label}: ${joinAll(names)}.`;
        if (isOwner) {
          text += '\nTo take someone off, press their button or say "remove member NAME"; "stop sharing" takes everyone off, and "new share code" replaces the code.';
          choices = others.slice(0, 10).map((m) => ({ label: `Remove ${named.get(m.userId)}`, value: `remove member ${memberRef(m)} from ${listRef(target)}` }));
        }
      }
      return { ok: true, data: { listId: target.id, members }, text, ...(choices ? { choices } : {}), effects: { activeList: listRef(target) } };
    },
  };
}
