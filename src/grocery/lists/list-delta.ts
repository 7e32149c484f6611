import type { ListDelta, ListSnapshot } from '../views.js';
import { placeOf } from './list-shelves.js';
import { wireLine } from './list-view.js';
import type { ListChange, ListView } from './types.js';

/**
 * The change `change` made, read off the list as it now is (`view`, the list's version after it):
 * each changed line looked up where it stands, not the list searched; undefined when the change
 * names no lines (it redid the whole list), and the whole list is sent instead.
 */
export function toListDelta(change: Pick<ListChange, 'version' | 'lines'>, view: ListView): ListDelta | undefined {
  if (!change.lines) return undefined;
  const aisles = view.groups.map((g) => g.aisle);
  const rank = new Map(aisles.map((a, i) => [a, i]));
  const placed = change.lines.changed.flatMap((id) => {
    const at = placeOf(view, id);
    return at ? [at] : [];
  });
  // In list order: a line that follows another changed line goes in after it.
  if (placed.length > 1) {
    const order = new Map(placed.map((p) => [p, view.groups[rank.get(p.aisle)!]!.lines.indexOf(p.line)]));
    placed.sort((a, b) => rank.get(a.aisle)! - rank.get(b.aisle)! || order.get(a)! - order.get(b)!);
  }
  const lines = placed.map(({ aisle, after, line }) => ({ aisle, after, line: wireLine(line) }));
  return {
    id: view.id,
    name: view.name,
    baseVersion: change.version - 1,
    version: change.version,
    aisles,
    lines,
    removed: change.lines.removed,
    estimatedTotalCents: view.estimatedTotalCents,
    unmatchedCount: view.unmatchedCount,
    itemCount: view.itemCount,
  };
}

/**
 * Two changes to the same list, one after the other (`later.baseVersion === earlier.version`),
 * as one; undefined when they do not follow each other (the whole list is sent instead).
 */
export function mergeListDeltas(earlier: ListDelta, later: ListDelta): ListDelta | undefined {
  if (earlier.id !== later.id || later.baseVersion !== earlier.version) return undefined;
  const redone = new Set([...later.removed, ...later.lines.map((l) => l.line.id)]);
  const lines = [...earlier.lines.filter((l) => !redone.has(l.line.id)), ...later.lines];
  const placed = new Set(lines.map((l) => l.line.id));
  return { ...later, baseVersion: earlier.baseVersion, lines, removed: [...new Set([...earlier.removed, ...later.removed])].filter((id) => !placed.has(id)) };
}

/**
 * The snapshot `delta` makes of `list`, or undefined when it does not apply to it (another list,
 * another version, or a line to follow that is not there). web/widget.js does the same in the
 * page; this one is what the tests and other clients check against.
 */
export function applyListDelta(list: ListSnapshot, delta: ListDelta): ListSnapshot | undefined {
  if (list.id !== delta.id || list.version !== delta.baseVersion) return undefined;
  const drop = new Set([...delta.removed, ...delta.lines.map((l) => l.line.id)]);
  const groups = new Map(list.groups.map((g) => [g.aisle, g.lines.filter((l) => !drop.has(l.id))]));
  for (const { aisle, after, line } of delta.lines) {
    const lines = groups.get(aisle) ?? [];
    groups.set(aisle, lines);
    const at = after === null ? 0 : lines.findIndex((l) => l.id === after) + 1;
    if (at === 0 && after !== null) return undefined;
    lines.splice(at, 0, line);
  }
  return {
    id: delta.id,
    name: delta.name,
    version: delta.version,
    groups: delta.aisles.map((aisle) => ({ aisle, lines: groups.get(aisle) ?? [] })).filter((g) => g.lines.length > 0),
    estimatedTotalCents: delta.estimatedTotalCents,
    unmatchedCount: delta.unmatchedCount,
    itemCount: delta.itemCount,
  };
}
