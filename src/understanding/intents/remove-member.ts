import { call, SURE, type IntentRule } from '../engine/intent.js';
import { memberArg } from './support/sharing.js';

/**
 * The `remove_member` intent: "remove member Bob", "kick Bob off", "stop sharing with Bob", "remove member #12" (a button).
 */
export const removeMemberIntent: IntentRule = { name: 'remove_member', patterns: ['[remove|kick|boot|drop|delete] [member|person|user] {who}', '[kick|boot] {who} [off|out|from it|out of it|]',
  '[stop sharing|stop sharing it|stop sharing this|unshare|unshare it|unshare this] with {who}', '[revoke|remove|cancel] {who} [access]', '[revoke|remove|cancel] access [for|from] {who}'],
  build: (s, env) => {
    // A "Remove ..." button says which list by id: "remove member #12 from #3".
    const at = s.who!.findIndex((t, i) => (t === 'from' || t === 'off') && /^#\d+$/.test(s.who![i + 1] ?? ''));
    const member = memberArg(at >= 0 ? s.who!.slice(0, at) : s.who!);
    if (!member) return undefined;
    const list = at >= 0 ? s.who![at + 1] : undefined;
    return { calls: [list ? { name: 'remove_member', args: { member, list } } : call('remove_member', { member }, env)], confidence: SURE };
  } };
