import type { ListLineView, ListSnapshot } from '../../grocery/views.js';
import type { ServerFrame } from './chat-protocol.js';

/**
 * An aisle's lines as JSON, by the snapshot's array of them: a list's snapshots share the arrays
 * of the aisles a change did not touch (see toListSnapshot), so showing a long list again after a
 * change writes out the changed aisle, not the whole list.
 */
const linesJson = new WeakMap<readonly ListLineView[], string>();

function groupsJson(groups: ListSnapshot['groups']): string {
  return groups
    .map((g) => {
      let lines = linesJson.get(g.lines);
      if (lines === undefined) linesJson.set(g.lines, (lines = JSON.stringify(g.lines)));
      return `{"aisle":${JSON.stringify(g.aisle)},"lines":${lines}}`;
    })
    .join(',');
}

/** `value` as JSON with `key` (written out as `json`) as its last field. */
function withField(value: object, key: string, json: string): string {
  const rest = JSON.stringify(value);
  return rest === '{}' ? `{"${key}":${json}}` : `${rest.slice(0, -1)},"${key}":${json}}`;
}

function snapshotJson(list: ListSnapshot): string {
  const { groups, ...rest } = list;
  return withField(rest, 'groups', `[${groupsJson(groups)}]`);
}

/**
 * A server frame as JSON, the same as `JSON.stringify(frame)` (a list it carries goes last): a
 * frame with a whole list is the one a person asked to see the list with, or a client catching up.
 *
 * @example
 * socket.send(frameJson({ type: 'reply', replyTo: 'm1', text: 'Your list...', choices: [], list }));
 */
export function frameJson(frame: ServerFrame | object): string {
  const { list, ...rest } = frame as { list?: ListSnapshot | null };
  if (!list || !Array.isArray(list.groups)) return JSON.stringify(frame);
  return withField(rest, 'list', snapshotJson(list));
}
