import { describe, expect, it } from 'vitest';
import { envFor, type IntentEnv, type IntentRule } from '../../src/understanding/engine/intent.js';
import { compilePatterns } from '../../src/understanding/engine/patterns.js';
import { intentOrder } from '../../src/understanding/precedence.js';
import { ruleTable } from '../../src/understanding/engine/rule-table.js';
import { tokenize } from '../../src/understanding/engine/tokenizer.js';
import { indexVocabulary } from '../../src/understanding/engine/vocabulary.js';
import { parseItems } from '../../src/understanding/engine/items.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const vocab = indexVocabulary(VOCABULARY);
const env = (tokens: readonly string[]): IntentEnv => ({ vocab, list: undefined, listMentioned: false, context: {}, tokens, items: (t) => parseItems(t, vocab) });

/** Every rule in order, every match of each: what the table must answer, however it skips. */
function tryEvery(rules: readonly IntentRule[], tokens: readonly string[]) {
  for (const rule of rules) {
    for (const slots of compilePatterns(rule.patterns, 'longest-first').match(tokens)) {
      const out = rule.build(slots, envFor(env(tokens), tokens));
      if (out) return out;
    }
  }
  return undefined;
}

const rule = (name: string, patterns: string[], extra: Partial<IntentRule> = {}): IntentRule => ({ name, patterns, build: () => ({ calls: [{ name, args: {} }], confidence: 1 }), ...extra });

describe('rule tables', () => {
  it('answers what trying every rule in order answers, for the real grammar', () => {
    const texts = ['add 2 gallons of milk', 'what is on my list?', 'how much is coffee?', 'remove the milk', 'is tide on sale?', 'take the eggs off',
      'do i have bananas?', 'i am vegetarian', 'set my budget to $150 a week', 'something cheaper than oreos', 'cheapest peanut butter',
      'tell me when coffee drops below $8', 'we only buy heinz ketchup', 'make it 3', 'i am allergic to peanuts', 'milk eggs bread', 'how far is the moon'];
    const order = intentOrder();
    for (const rules of [order.beforeListPhrase, ...order.stages, order.shoppingQuestions]) {
      const table = ruleTable(rules, 'longest-first');
      for (const text of texts) {
        const tokens = tokenize(text).filter((t) => t !== '.');
        expect(JSON.stringify(table.run(tokens, env(tokens))), text).toBe(JSON.stringify(tryEvery(rules, tokens)));
      }
    }
  });

  it('tries the rules that could match in the order written, whatever word they start with', () => {
    const table = ruleTable([rule('first', ['{x} please']), rule('starts', ['add {x}']), rule('any', ['{x}'])]);
    expect(table.run(['add', 'milk', 'please'], env([]))?.calls[0]!.name).toBe('first');
    expect(table.run(['add', 'milk'], env([]))?.calls[0]!.name).toBe('starts');
    expect(table.run(['milk'], env([]))?.calls[0]!.name).toBe('any');
  });

  it('passes over a rule whose required words the clause lacks, and reads it when they are there', () => {
    let built = 0;
    const counted: IntentRule = { name: 'diet', patterns: ['{x}'], requires: new Set(['vegan']), build: () => (built++, { calls: [{ name: 'diet', args: {} }], confidence: 1 }) };
    const table = ruleTable([counted, rule('fallback', ['{x}'])]);
    expect(table.run(['add', 'milk'], env([]))?.calls[0]!.name).toBe('fallback');
    expect(built).toBe(0);
    expect(table.run(['i', 'am', 'vegan'], env([]))?.calls[0]!.name).toBe('diet');
    expect(built).toBe(1);
  });
});
