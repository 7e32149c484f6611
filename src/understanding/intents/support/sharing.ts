/**
 * Taking a shared list back: who is on it, removing one person, a new share code, and "stop
 * sharing". Read before the share rules, which would otherwise hear "sharing" and hand out the code.
 */
import { call, SURE, type IntentRule } from '../../engine/intent.js';

const SHARE = '[share|sharing|invite|invitation|join]';

/** "#12" (a button's value) or a name of one or two words. */
function memberArg(tokens: readonly string[]): string | undefined {
  const words = tokens.filter((t) => !/^(the|my|our|member|person|user|from|off|out|of|access|please|list)$/.test(t));
  if (words.length === 0 || words.length > 3) return undefined;
  return words.join(' ').replace(/['’]s$/, '');
}

/** Sharing intents, most specific first. */
export const SHARING_INTENTS: readonly IntentRule[] = [
  // "remove member Bob", "kick Bob off", "stop sharing with Bob", "remove member #12" (a button).
  { name: 'remove_member', patterns: ['[remove|kick|boot|drop|delete] [member|person|user] {who}', '[kick|boot] {who} [off|out|from it|out of it|]',
    '[stop sharing|stop sharing it|stop sharing this|unshare|unshare it|unshare this] with {who}', '[revoke|remove|cancel] {who} [access]', '[revoke|remove|cancel] access [for|from] {who}'],
    build: (s, env) => {
      // A "Remove ..." button says which list by id: "remove member #12 from #3".
      const at = s.who!.findIndex((t, i) => (t === 'from' || t === 'off') && /^#\d+$/.test(s.who![i + 1] ?? ''));
      const member = memberArg(at >= 0 ? s.who!.slice(0, at) : s.who!);
      if (!member) return undefined;
      const list = at >= 0 ? s.who![at + 1] : undefined;
      return { calls: [list ? { name: 'remove_member', args: { member, list } } : call('remove_member', { member }, env)], confidence: SURE };
    } },
  // "stop sharing", "stop sharing the costco list", "make it private", "revoke the share code".
  { name: 'stop_sharing', patterns: ['[stop|quit|end|cancel|disable|turn off] [sharing|share] [it|this|] [with everyone|with anyone|with others|]', '[unshare|unshared] [it|this|]',
    '[make|set|keep] [it|this|] private [again|]', `[revoke|remove|cancel|delete|kill|disable|invalidate] [the|my|our|this|that|] ${SHARE} [code|link|access]`,
    '[i|we] [do not|no longer] want [it|this|] [to be|] shared [anymore|any more|]', 'no more sharing', '[revoke|remove] [all|everyone] access'],
    build: (_s, env) => ({ calls: [call('stop_sharing', {}, env)], confidence: SURE }) },
  // "new share code", "change the code for the costco list".
  { name: 'new_share_code', patterns: [`[new|different|fresh|another] ${SHARE} code`, '[new|different|fresh|another] code',
    `[change|rotate|reset|regenerate|renew|replace|refresh] [the|my|our|this|that|] [${SHARE.slice(1, -1)}|] code`,
    `[make|give me|get me|create|generate|send me|i need|i want] [a|] [new|different|fresh] [${SHARE.slice(1, -1)}|] code`],
    build: (_s, env) => ({ calls: [call('new_share_code', {}, env)], confidence: SURE }) },
  // "who's on my list", "who has access to the costco list", "who did I share it with".
  { name: 'list_members', patterns: ['who [else|] [is|are] [on|in|sharing|using|] [it|this|]', 'who [else|] [has|can] [access|see|edit|use|join] [to|] [it|this|]', 'who [else|] has access [to it|to this|]',
    'who [did|have] [i|we] [share|shared] [it|this|] with', 'who [is it|is this] shared with', 'who [else|] [joined|shares|is sharing] [it|this|]',
    '[show|list|see|view] [the|] [members|people|sharers] [on|of|in|] [it|this|]', '[members|people on it]'],
    build: (_s, env) => (env.listMentioned || env.tokens.includes('it') || env.tokens.includes('this') || env.tokens.includes('shared') || env.tokens.includes('members') || env.tokens.includes('access')
      ? { calls: [call('list_members', {}, env)], confidence: SURE }
      : undefined) },
];
