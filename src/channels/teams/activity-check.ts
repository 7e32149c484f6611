/** Activity types the Teams channel acts on; every other type is acknowledged and left alone. */
export const HANDLED_ACTIVITY_TYPES: ReadonlySet<string> = new Set(['message', 'conversationUpdate']);

/** What to do with a body posted to /api/messages. */
export type ActivityVerdict =
  | { kind: 'run' }
  /** A well-formed activity of a type we do not handle (typing, reactions, invokes): 200, nothing done. */
  | { kind: 'ignore'; type: string }
  /** Not an activity we can act on: 400, nothing done. `reason` is for the log. */
  | { kind: 'refuse'; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

function isHttpUrl(v: unknown): boolean {
  if (!isText(v)) return false;
  try {
    const url = new URL(v);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Looks at an incoming body before the SDK sees it, so a malformed one is refused with a 400
 * instead of failing inside the turn: the Bot Service always sends an object with a `type`, a
 * `conversation.id` and the `serviceUrl` replies go to. The SDK validates the rest of the
 * schema itself (a failure there is also answered 400).
 *
 * @example
 * judgeActivity({ type: 'typing', conversation: { id: 'c' } }); // { kind: 'ignore', type: 'typing' }
 */
export function judgeActivity(body: unknown): ActivityVerdict {
  if (!isObject(body)) return { kind: 'refuse', reason: 'body is not a JSON object' };
  if (!isText(body.type)) return { kind: 'refuse', reason: 'type is missing or not a string' };
  if (!HANDLED_ACTIVITY_TYPES.has(body.type)) return { kind: 'ignore', type: body.type };
  if (!isObject(body.conversation) || !isText(body.conversation.id)) return { kind: 'refuse', reason: 'conversation.id is missing' };
  if (!isHttpUrl(body.serviceUrl)) return { kind: 'refuse', reason: 'serviceUrl is missing or not an http(s) URL' };
  if (body.from !== undefined && !isObject(body.from)) return { kind: 'refuse', reason: 'from is not an object' };
  if (body.text !== undefined && typeof body.text !== 'string') return { kind: 'refuse', reason: 'text is not a string' };
  if (body.membersAdded !== undefined && !(Array.isArray(body.membersAdded) && body.membersAdded.every(isObject))) {
    return { kind: 'refuse', reason: 'membersAdded is not a list of accounts' };
  }
  return { kind: 'run' };
}
