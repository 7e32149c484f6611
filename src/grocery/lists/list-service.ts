import type { ItemRepository, ListRepository } from '../../store/lists/index.js';
import type { Transactor } from '../../store/sql.js';
import { AppError } from '../../errors.js';
import type { Clock } from '../types.js';
import { joinNames, listLabel } from './describe-change.js';
import { journal, linesAfterUndo } from './item-journal.js';
import { createLineCache } from './line-cache.js';
import { addItems, findLine, removeItems, replaceItem, setChecked, updateItem, type ItemChangeContext } from './item-changes.js';
import { cleanListName, DEFAULT_LIST_NAME, listNameWords, pickListByName } from './list-name.js';
import { exportListText, toViewLine } from './list-view.js';
import { buildListView } from './list-shelves.js';
import { createCodeAttempts, type CodeAttempts, type RandomInt } from '../access/index.js';
import { LIST_LIMITS } from './limits.js';
import { createListSharing, type ListSharing } from './list-sharing.js';
import type {
  AddItemInput,
  ItemOutcome,
  ListChange,
  ListSummary,
  ListView,
  ListViewLine,
  ProductLookup,
  RemoveItemInput,
  UpdateItemInput,
} from './types.js';

/** One list change, run by {@link ListService} writes inside their transaction. */
type Change = (ctx: ItemChangeContext, list: ListSummary) => { description: string; items: ItemOutcome[]; notes?: string[]; name?: string };

/** How many undo steps each list keeps (each the inverse of one change, not a copy of the list). */
export const UNDO_DEPTH = 20;

/** An undo putting back at most this many lines reads just those lines again; one putting back more reads the list. */
const UNDO_LINES_READ_ONE_BY_ONE = 16;

/** What {@link createListService} needs. */
export interface ListServiceDeps {
  lists: ListRepository;
  items: ItemRepository;
  /** Makes each change (membership check, lines, undo step, version) all-or-nothing. */
  transactor: Transactor;
  products: ProductLookup;
  now: Clock;
  /** Random integers in [0, max) for share codes; defaults to crypto. */
  randomInt?: RandomInt;
  /** Counts wrong share codes; one of its own when left out. */
  codeAttempts?: CodeAttempts;
}

/**
 * Grocery lists for people who may share them. Every call names the acting user, and every
 * call checks that user is a member of the list: a stranger gets NOT_ALLOWED (or LIST_NOT_FOUND
 * when there is no such list) and nothing changes. Every write runs in one transaction that
 * bumps the list's version and records an undo step.
 */
export interface ListService extends ListSharing {
  /** Every list the user can see: own lists first, then lists shared with them. */
  lists(userId: number): ListSummary[];
  /** The user's default list, created as "Grocery list" on first use. */
  defaultList(userId: number): ListSummary;
  /** The list a loose name means ("costco" -> "Costco list"); no name, or "my list", is the default list. */
  resolveList(userId: number, name?: string): ListSummary;
  /** Like {@link resolveList} but undefined instead of LIST_NOT_FOUND. `#12` names list 12 by id. */
  findList(userId: number, name: string): ListSummary | undefined;
  createList(userId: number, name: string): ListSummary;
  renameList(userId: number, listId: number, name: string): ListChange;
  /** Deletes a list for everyone; only its owner may. */
  deleteList(userId: number, listId: number): { listId: number; name: string; changedListIds: number[] };
  setDefault(userId: number, listId: number): ListSummary;
  addItems(userId: number, listId: number, items: readonly AddItemInput[]): ListChange;
  removeItems(userId: number, listId: number, items: readonly RemoveItemInput[]): ListChange;
  updateItem(userId: number, listId: number, name: string, patch: UpdateItemInput): ListChange;
  /** Swaps the line `name` means for another item, in its place and (unless given) with its amount; one undo step. */
  replaceItem(userId: number, listId: number, name: string, item: AddItemInput): ListChange;
  setChecked(userId: number, listId: number, name: string, checked: boolean): ListChange;
  clearList(userId: number, listId: number): ListChange;
  /** Checks every line off (or back on): "got everything". */
  setAllChecked(userId: number, listId: number, checked: boolean): ListChange;
  /** Takes the checked lines off, the bought things after a trip; undo puts them back. */
  removeChecked(userId: number, listId: number): ListChange;
  /**
   * Undoes the last change to the list when `userId` made it; NOTHING_TO_UNDO when there is none,
   * UNDO_NOT_YOURS when another member changed the list last (their work is never taken back).
   */
  undo(userId: number, listId: number): ListChange;
  view(userId: number, listId: number): ListView;
  /** The line `name` means on the list, or undefined: "is milk on my list?". */
  findItem(userId: number, listId: number, name: string, opts?: { exact?: boolean }): ListViewLine | undefined;
  exportText(userId: number, listId: number): string;
  /** The list's current version, bumped by every change. */
  version(userId: number, listId: number): number;
  /** Everyone on the list (to tell them it changed); no permission check, so never shown to a person as such. */
  memberIds(listId: number): number[];
}

/**
 * The list service over the list and item repositories.
 *
 * @example
 * // main.ts builds the repositories and the transactor over the store's connection.
 * const lists = createListService({ lists: listRepository, items: itemRepository, transactor, products: catalog, now: systemClock });
 * const list = lists.defaultList(userId);
 * lists.addItems(userId, list.id, [{ name: 'milk', quantity: 2, unit: 'gal' }]);
 */
export function createListService(deps: ListServiceDeps): ListService {
  const { products, now, transactor } = deps;
  const listStore = deps.lists;
  const itemStore = deps.items;
  const lineCache = createLineCache(itemStore.changeMark);

  /** The list's lines in display order: from the cache when it holds this very state of the list. */
  function linesOf(list: ListSummary) {
    const cached = lineCache.get(list.id, list);
    if (cached) return cached;
    const lines = itemStore.items(list.id);
    lineCache.set(list.id, list, lines);
    return lines;
  }

  function member(userId: number, listId: number): ListSummary {
    const summary = listStore.summary(userId, listId);
    if (summary) return summary;
    throw new AppError(listStore.exists(listId) ? 'NOT_ALLOWED' : 'LIST_NOT_FOUND', { detail: `user ${userId} list ${listId}` });
  }

  function owner(userId: number, listId: number, action: string): ListSummary {
    const list = member(userId, listId);
    if (list.role !== 'owner') {
      throw new AppError('NOT_ALLOWED', { userMessage: `Only the list's owner can ${action} it.`, detail: `user ${userId} ${action} list ${listId}` });
    }
    return list;
  }

  function writeInTransaction(userId: number, listId: number, change: Change): ListChange {
    const list = member(userId, listId);
    const t = now();
    // The change works on the lines in hand and records its own inverse for undo.
    const changes = journal(itemStore, listId, linesOf(list), products);
    const result = change({ items: changes.store, products, listId, userId, now: t }, list);
    const after = changes.lines();
    itemStore.pushUndo(listId, userId, result.description, changes.inverse(result.name !== undefined ? list.name : undefined), t, UNDO_DEPTH);
    const version = listStore.bump(listId, t);
    // Should the turn's transaction roll back, the version is back to what no entry is cached for.
    lineCache.set(listId, { version, updatedAt: t, itemCount: after.length }, after);
    return {
      listId,
      listName: result.name ?? list.name,
      version,
      description: result.description,
      items: result.items,
      notes: result.notes ?? [],
      changedListIds: [listId],
      lines: changes.touched(),
    };
  }

  /** Runs one change in a transaction: checks membership, snapshots for undo, bumps the version. */
  function write(userId: number, listId: number, change: Change): ListChange {
    return transactor.atomically(() => writeInTransaction(userId, listId, change));
  }

  /** TOO_MANY_LISTS when the user is on as many lists as one person may be. */
  function roomForAnotherList(userId: number): void {
    if (listStore.summariesFor(userId).length < LIST_LIMITS.listsPerPerson) return;
    throw new AppError('TOO_MANY_LISTS', {
      userMessage: `You're on ${LIST_LIMITS.listsPerPerson} lists, the most one person can have. Delete or leave one you no longer use first.`,
      detail: `user ${userId} at the list limit`,
    });
  }

  function createList(userId: number, rawName: string): ListSummary {
    const name = cleanListName(rawName);
    if (!name) throw new AppError('BAD_INPUT', { detail: `list name "${rawName}"` });
    const id = listStore.create(userId, name, now());
    if (id === undefined) throw new AppError('LIST_EXISTS', { detail: `user ${userId} list "${name}"` });
    return listStore.summary(userId, id)!;
  }

  /** Whether `userId` owns a list with exactly this name (case-insensitive). */
  function ownsListNamed(userId: number, name: string): boolean {
    return listStore.summariesFor(userId).some((l) => l.role === 'owner' && l.name.toLowerCase() === name.toLowerCase());
  }

  /** Renames, or LIST_EXISTS when the owner already has a list of that name. */
  function renameUnique(userId: number, listId: number, name: string, t: number): void {
    if (!listStore.rename(listId, name, t)) throw new AppError('LIST_EXISTS', { detail: `user ${userId} list "${name}"` });
  }

  function defaultList(userId: number): ListSummary {
    const current = listStore.defaultFor(userId);
    if (current) return current;
    return transactor.atomically(() => {
      const mine = listStore.summariesFor(userId).find((l) => l.role === 'owner' && l.name.toLowerCase() === DEFAULT_LIST_NAME.toLowerCase());
      const list = mine ?? createList(userId, DEFAULT_LIST_NAME);
      listStore.setDefault(userId, list.id);
      return listStore.summary(userId, list.id)!;
    });
  }

  function findList(userId: number, name: string): ListSummary | undefined {
    // "#12" is how a conversation remembers its active list: by id, since a list shared with
    // you may have the same name as one of your own.
    const byId = /^#(\d+)$/.exec(name.trim());
    if (byId) return listStore.summary(userId, Number(byId[1]));
    const found = pickListByName(listStore.summariesFor(userId), name);
    if (found) return found;
    // "my list", "the grocery list": nothing names a particular list, so it is the default one.
    return listNameWords(name).length === 0 ? defaultList(userId) : undefined;
  }

  function view(userId: number, listId: number): ListView {
    const list = member(userId, listId);
    // Lines priced before, while no product has changed, are not priced (or their products read) again.
    return buildListView(list, linesOf(list), products);
  }

  const sharing = createListSharing({
    transactor,
    store: listStore,
    now,
    codeAttempts: deps.codeAttempts ?? createCodeAttempts({ now }),
    randomInt: deps.randomInt,
    member,
    owner,
    roomForAnotherList,
  });

  return {
    lists: (userId) => listStore.summariesFor(userId),
    defaultList,
    findList,
    resolveList: (userId, name) => {
      if (name === undefined || name.trim() === '') return defaultList(userId);
      const found = findList(userId, name);
      if (!found) throw new AppError('LIST_NOT_FOUND', { detail: `user ${userId} list "${name}"`, userMessage: notFoundMessage(name, listStore.summariesFor(userId)) });
      return found;
    },
    createList: (userId, name) =>
      transactor.atomically(() => {
        roomForAnotherList(userId);
        return createList(userId, name);
      }),
    renameList: (userId, listId, rawName) => {
      owner(userId, listId, 'rename');
      const name = cleanListName(rawName);
      if (!name) throw new AppError('BAD_INPUT', { detail: `list name "${rawName}"` });
      return write(userId, listId, (ctx, list) => {
        renameUnique(userId, listId, name, ctx.now);
        return { description: `renamed ${list.name} to ${name}`, items: [], name };
      });
    },
    deleteList: (userId, listId) => {
      const list = owner(userId, listId, 'delete');
      listStore.delete(listId);
      lineCache.drop(listId);
      return { listId, name: list.name, changedListIds: [listId] };
    },
    setDefault: (userId, listId) => {
      member(userId, listId);
      transactor.atomically(() => listStore.setDefault(userId, listId));
      return listStore.summary(userId, listId)!;
    },
    addItems: (userId, listId, items) =>
      write(userId, listId, (ctx, list) => {
        if (items.length === 0) throw new AppError('BAD_INPUT', { detail: 'addItems with no items' });
        const { outcomes, notes } = addItems(ctx, items);
        roomForNewLines(list, outcomes.filter((o) => o.action === 'added' || o.action === 'separate').length);
        return { description: `added ${joinNames(outcomes.map((o) => o.name))}`, items: outcomes, notes };
      }),
    removeItems: (userId, listId, items) =>
      write(userId, listId, (ctx) => {
        if (items.length === 0) throw new AppError('BAD_INPUT', { detail: 'removeItems with no items' });
        const outcomes = removeItems(ctx, items);
        const done = outcomes.filter((o) => o.action !== 'not_on_list').map((o) => o.name);
        const missing = outcomes.filter((o) => o.action === 'not_on_list').map((o) => `${o.name} wasn't on the list.`);
        return { description: `removed ${joinNames(done)}`, items: outcomes, notes: missing };
      }),
    updateItem: (userId, listId, name, patch) =>
      write(userId, listId, (ctx) => {
        const o = updateItem(ctx, name, patch);
        return { description: `changed ${o.name}`, items: [o] };
      }),
    replaceItem: (userId, listId, name, item) =>
      write(userId, listId, (ctx) => {
        const { outcome, replaced } = replaceItem(ctx, name, item);
        return { description: `swapped ${replaced} for ${outcome.name}`, items: [outcome] };
      }),
    setChecked: (userId, listId, name, checked) =>
      write(userId, listId, (ctx) => {
        const o = setChecked(ctx, name, checked);
        return { description: `${checked ? 'checked off' : 'unchecked'} ${o.name}`, items: [o] };
      }),
    setAllChecked: (userId, listId, checked) =>
      write(userId, listId, (ctx, list) => {
        const lines = ctx.items.items(listId).filter((i) => i.checked !== checked);
        for (const line of lines) ctx.items.update({ ...line, checked }, ctx.now);
        return {
          description:
            lines.length > 0
              ? `${checked ? 'checked off' : 'unchecked'} all ${lines.length} item${lines.length === 1 ? '' : 's'} on your ${list.name}`
              : ctx.items.items(listId).length === 0
                ? `there is nothing on your ${list.name} to ${checked ? 'check off' : 'uncheck'}`
                : `every item on your ${list.name} already was ${checked ? 'checked off' : 'unchecked'}`,
          items: lines.map((i) => ({ name: i.name, action: checked ? ('checked' as const) : ('unchecked' as const), itemId: i.id, productId: i.productId })),
        };
      }),
    removeChecked: (userId, listId) =>
      write(userId, listId, (ctx, list) => {
        const lines = ctx.items.items(listId).filter((i) => i.checked);
        for (const line of lines) ctx.items.delete(line.id);
        return {
          description: lines.length === 0 ? `nothing is checked off on your ${list.name}` : `took the ${lines.length} checked item${lines.length === 1 ? '' : 's'} off your ${list.name}`,
          items: lines.map((i) => ({ name: i.name, action: 'removed' as const, itemId: null, productId: i.productId })),
        };
      }),
    clearList: (userId, listId) =>
      write(userId, listId, (ctx, list) => {
        const items = ctx.items.items(listId);
        ctx.items.deleteAll(listId);
        return {
          description: `cleared ${list.name}`,
          items: items.map((i) => ({ name: i.name, action: 'removed' as const, itemId: null, productId: i.productId })),
        };
      }),
    undo: (userId, listId) =>
      transactor.atomically((): ListChange => {
        const list = member(userId, listId);
        // Each person undoes their own changes: on a shared list, never someone else's work.
        const last = itemStore.peekUndo(listId);
        if (last && last.userId !== null && last.userId !== userId) {
          throw new AppError('UNDO_NOT_YOURS', {
            detail: `user ${userId} undo on list ${listId} after user ${last.userId}`,
            userMessage: `The last change to the ${listLabel(list.name)} was someone else's (they ${last.description}), so I won't undo it for you. Tell me what to change instead, like "remove bread".`,
          });
        }
        const step = itemStore.popUndo(listId);
        if (!step) throw new AppError('NOTHING_TO_UNDO', { detail: `list ${listId}` });
        const t = now();
        // The lines in hand (when cached for this state) take the inverse as the store does; a whole-list
        // copy, or an inverse that puts back more lines than a read of the list costs, is read again.
        const held = 'inverse' in step && step.inverse.rows.length <= UNDO_LINES_READ_ONE_BY_ONE ? lineCache.get(listId, list) : undefined;
        lineCache.drop(listId);
        if ('inverse' in step) itemStore.applyInverse(listId, step.inverse);
        else itemStore.restore(listId, step.snapshot.items);
        const after = held && 'inverse' in step ? linesAfterUndo(held, step.inverse, (id) => itemStore.line(listId, id), products) : undefined;
        const notes: string[] = [];
        let name = list.name;
        const before = 'inverse' in step ? step.inverse.name : step.snapshot.name;
        if (before !== undefined && before !== list.name) {
          // A name taken since cannot come back; keeping the current one beats an undo stack stuck on this step.
          if (ownsListNamed(list.ownerId, before) || !listStore.rename(listId, before, t)) {
            notes.push(`Kept the name ${list.name}: you already have a list called ${before}.`);
          } else {
            name = before;
          }
        }
        const version = listStore.bump(listId, t);
        if (after) lineCache.set(listId, { version, updatedAt: t, itemCount: after.length }, after);
        return {
          listId,
          listName: name,
          version,
          description: `undid: ${step.description}`,
          items: [],
          notes,
          changedListIds: [listId],
          // An inverse names the lines it puts back and takes off; a whole-list copy redraws it all.
          ...('inverse' in step ? { lines: { changed: step.inverse.rows.map((r) => r.id), removed: step.inverse.added } } : {}),
        };
      }),
    view,
    findItem: (userId, listId, name, opts) => {
      const list = member(userId, listId);
      // The line first, and its product only when there is one: "add bananas" asks this of every
      // item, and most are not on the list yet. The line reads as it does in the whole view.
      const line = findLine({ items: journal(itemStore, listId, linesOf(list), products).store, products, listId, userId, now: now() }, name, opts?.exact);
      if (!line) return undefined;
      const product = line.productId !== null ? (products.getMany([line.productId]).get(line.productId) ?? null) : null;
      return toViewLine(line, product);
    },
    exportText: (userId, listId) => exportListText(view(userId, listId)),
    ...sharing,
    version: (userId, listId) => member(userId, listId).version,
    memberIds: (listId) => listStore.members(listId).map((m) => m.userId),
  };
}

/** LIST_FULL, saying how much room is left, when `added` new lines would take the list past its limit. */
function roomForNewLines(list: ListSummary, added: number): void {
  const max = LIST_LIMITS.itemsPerList;
  if (list.itemCount + added <= max) return;
  const left = Math.max(0, max - list.itemCount);
  const label = /\blist$/i.test(list.name) ? list.name : `${list.name} list`;
  const userMessage =
    left === 0
      ? `Your ${label} has ${max} items, the most one list can hold. Take some off (or say "remove checked" after shopping) before adding more.`
      : `Your ${label} has room for ${left} more item${left === 1 ? '' : 's'} (a list holds ${max} at most), and that would add ${added}. Nothing was added.`;
  throw new AppError('LIST_FULL', { userMessage, detail: `list ${list.id} has ${list.itemCount} items, +${added}` });
}

/**
 * "I couldn't find a list called "office snacks". Your lists: Grocery, Costco." The name is said
 * back only when it looks like a list name (letters, digits, spaces, a few marks; 40 at most).
 */
function notFoundMessage(name: string, lists: readonly { name: string }[]): string {
  const said = name.trim();
  const shown = /^[\p{L}\p{N}][\p{L}\p{N} '&-]{0,39}$/u.test(said) ? `I couldn't find a list called "${said}".` : "I couldn't find a list by that name.";
  if (lists.length === 0) return shown;
  const names = lists.slice(0, 6).map((l) => l.name);
  return `${shown} Your lists: ${names.join(', ')}${lists.length > names.length ? ', ...' : ''}.`;
}
