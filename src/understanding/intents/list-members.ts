import { call, SURE, type IntentRule } from '../engine/intent.js';

/**
 * The `list_members` intent: "who's on my list", "who has access to the costco list", "who did I share it with".
 */
export const listMembersIntent: IntentRule = { name: 'list_members', patterns: ['who [else|] [is|are] [on|in|sharing|using|] [it|this|]', 'who [else|] [has|can] [access|see|edit|use|join] [to|] [it|this|]', 'who [else|] has access [to it|to this|]',
  'who [did|have] [i|we] [share|shared] [it|this|] with', 'who [is it|is this] shared with', 'who [else|] [joined|shares|is sharing] [it|this|]',
  '[show|list|see|view] [the|] [members|people|sharers] [on|of|in|] [it|this|]', '[members|people on it]'],
  build: (_s, env) => (env.listMentioned || env.tokens.includes('it') || env.tokens.includes('this') || env.tokens.includes('shared') || env.tokens.includes('members') || env.tokens.includes('access')
    ? { calls: [call('list_members', {}, env)], confidence: SURE }
    : undefined) };
