import { SURE, type IntentEnv, type IntentRule, type Outcome } from './intent.js';
import { phraseOf } from './items.js';
import { AVOIDED_GROUPS, DIETS, STORES } from './lexicon.js';

function remember(kind: string, value: string): Outcome {
  return { calls: [{ name: 'remember_preference', args: { kind, value } }], confidence: SURE };
}

function titleCase(phrase: string): string {
  return phrase.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

function store(tokens: readonly string[]): string {
  const phrase = phraseOf(tokens);
  const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return STORES.find((s) => plain(s) === plain(phrase)) ?? titleCase(phrase);
}

function likes(tokens: readonly string[], env: IntentEnv, kind: 'likes' | 'dislikes'): Outcome | undefined {
  const phrase = phraseOf(tokens);
  if (!phrase) return undefined;
  const brand = env.vocab.brandNamed(phrase);
  if (brand) return remember(kind === 'likes' ? 'brand' : 'dislikes', brand);
  return remember(kind, phrase);
}

/** Preferences: diet, allergies, likes and dislikes, favourite brands and stores. */
export const PREFERENCE_INTENTS: readonly IntentRule[] = [
  { name: 'diet', patterns: ['[i am|we are|i am a|we are a|i am an|we are an|i went|i eat|we eat|i am strictly|i am now|i follow a|i follow|i am on a|i am on|we follow a|we are on a|i do|i keep|we keep|we are all|i am going|we are going|i have gone|i have been|i try to eat|i try to be|my diet is|our diet is|my family is|i have] {d} [diet|now|person|these days|lately|]',
    '{d} [diet|please|only|food only|options only]'],
    build: (s) => {
      const d = DIETS[s.d!.join(' ')];
      return d ? remember('diet', d) : undefined;
    } },
  { name: 'allergy', patterns: ['[i am|we are|i have been|my son is|my daughter is|my kid is|my kids are|my wife is|my husband is|someone is|my family is|my partner is|i am very|i am severely|i am deathly|i am super|] allergic to {x}',
    '[i have|we have|i have got|my son has|my daughter has|my kid has|there is] [a|an|] [severe|bad|serious|] {x} [allergy|allergies|intolerance]', '{x} [allergy|allergies]', '[i am|we are] {x} intolerant', 'i can not [have|eat|do|tolerate] {x}', '[i have|we have] [an allergy|allergies] to {x}'],
    build: (s) => {
      const x = phraseOf(s.x!);
      if (!x) return undefined;
      if (x === 'lactose') return remember('diet', 'dairy free');
      if (AVOIDED_GROUPS[x] && (x === 'gluten' || x === 'meat' || x === 'sugar' || x === 'carbs')) return remember('diet', AVOIDED_GROUPS[x]!);
      return remember('allergy', x);
    } },
  { name: 'avoid', patterns: ['[no|zero|avoid|without|nothing with|i avoid|we avoid|i do not eat|we do not eat|i do not do|we do not do|i can not eat|i stay away from|we stay away from|i do not have|we do not eat any|i never eat|we never eat] {x} [please|for me|products|in anything|at all|]'],
    build: (s, env) => {
      const x = phraseOf(s.x!);
      const group = AVOIDED_GROUPS[x];
      if (group) return remember('diet', group);
      if (env.tokens[0] === 'no' || env.tokens[0] === 'without' || env.tokens[0] === 'zero') return undefined;
      return remember('dislikes', x);
    } },
  { name: 'store', patterns: ['[i|we] [shop|usually shop|mostly shop|always shop|normally shop|go shopping|get groceries|get my groceries|get our groceries|buy groceries|buy my groceries|do my shopping|do our shopping|shop mostly|mainly shop|only shop|like to shop|prefer to shop|order groceries|usually go] [at|from|with|to] {s}',
    '[my|our] [usual|regular|favorite|favourite|main|local|go-to|preferred|] [store|grocery store|supermarket|grocer] is {s}', '[i|we] [go to|use] {s} [for groceries|for shopping|for my groceries|for our groceries]', 'i am a {s} shopper'],
    build: (s) => remember('store', store(s.s!)) },
  { name: 'likes', patterns: ['[i|we] [really|absolutely|usually|always|mostly|just|also|] [like|love|prefer|adore|enjoy|buy|get|use|trust|go for|stick with|only buy|only use|like to buy|prefer to buy|am a fan of|are fans of|am a big fan of|are big fans of|lean towards|favor|favour] {x}',
    '[my|our] [favorite|favourite|preferred|go-to] [brand|brands|] [is|are] {x}', '[i|we] [prefer|like] {x} [brand|brands|stuff|products|things]'],
    build: (s, env) => (env.tokens.includes('buy') || env.tokens.includes('get') || env.tokens.includes('use')) && !env.vocab.brandNamed(phraseOf(s.x!)) && !/^(only|usually|always|mostly)$/.test(env.tokens[1] ?? '') ? undefined : likes(s.x!, env, 'likes') },
  { name: 'dislikes', patterns: ['[i|we] [really|absolutely|just|also|] [hate|dislike|do not like|can not stand|detest|loathe|never buy|will not eat|do not care for|am not a fan of|are not fans of|am not into|are not into|do not eat|do not enjoy|despise|can not stand the taste of] {x}',
    '[keep|no] {x} [away|off my list|out of my list|out]', '[i|we] [never|do not] want {x} [ever|again]'],
    build: (s, env) => likes(s.x!, env, 'dislikes') },
];
