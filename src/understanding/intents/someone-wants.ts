import type { IntentRule } from '../engine/intent.js';
import { addItems } from './support/list-actions.js';

/**
 * The `someone_wants` intent: "jake wants cereal", "my mother in law needs decaf": someone named wanting a thing.
 */
export const someoneWantsIntent: IntentRule = { name: 'someone_wants', patterns: ['{who} [wants|needs|asked for|is asking for|would like|requested|says we need|says we are out of|said we need] [more|some|] {x}'],
  build: (s, env) => (s.who!.length <= 3 && s.who!.every((w) => !/^(i|we|you|it|they|that|this|what|who|he|she|one)$/.test(w)) && !env.vocab.hasPhrase(s.who!.join(' ')) ? addItems(s.x!, env) : undefined) };
