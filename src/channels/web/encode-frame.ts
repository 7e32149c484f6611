import type { ListLineView, ListSnapshot } from '../../grocery/views.js';
import type { ServerFrame } from './chat-protocol.js';

/**
 * An aisle's lines as UTF-8 JSON, by the snapshot's array of them: a list's snapshots share the
 * arrays of the aisles a change did not touch (see toListSnapshot), so showing a long list again
 * after a change encodes the changed aisle, not the whole list.
 */
const encodedGroups = new WeakMap<readonly ListLineView[], Buffer>();

const COMMA = Buffer.from(',');
const CLOSE_LIST = Buffer.from(']}}');

function encodedGroup(group: ListSnapshot['groups'][number]): Buffer {
  let bytes = encodedGroups.get(group.lines);
  if (!bytes) encodedGroups.set(group.lines, (bytes = Buffer.from(`{"aisle":${JSON.stringify(group.aisle)},"lines":${JSON.stringify(group.lines)}}`)));
  return bytes;
}

/** `value` as JSON without its closing brace, ready for one more field. */
function open(value: object): string {
  const json = JSON.stringify(value);
  return json === '{}' ? '{' : `${json.slice(0, -1)},`;
}

/**
 * A server frame as a web socket sends it (as text): the same JSON as `JSON.stringify(frame)`,
 * but a frame carrying a whole list (a person asked to see it, or a client catches up) has the
 * list last, written from the bytes of each aisle kept since the aisle last changed, and is
 * handed over as bytes (no second pass to count and encode 60 KB of text).
 *
 * @example
 * socket.send(encodeFrame({ type: 'reply', replyTo: 'm1', text: 'Your list...', choices: [], list }), { binary: false });
 */
export function encodeFrame(frame: ServerFrame | object): string | Buffer {
  const { list, ...rest } = frame as { list?: ListSnapshot | null };
  if (!list || !Array.isArray(list.groups)) return JSON.stringify(frame);
  const { groups, ...head } = list;
  const parts: Buffer[] = [Buffer.from(`${open(rest)}"list":${open(head)}"groups":[`)];
  groups.forEach((group, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(encodedGroup(group));
  });
  parts.push(CLOSE_LIST);
  return Buffer.concat(parts);
}
