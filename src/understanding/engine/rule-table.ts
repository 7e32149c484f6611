/**
 * Intent rules compiled once and tried in order on a clause: the first rule whose builder accepts
 * one of its pattern matches answers. Rules are indexed by the word a match can start with, so a
 * clause only visits the rules that could match it (most clauses rule out most rules at once);
 * the order among those is the order written.
 */
import { envFor, type IntentEnv, type IntentRule, type Outcome } from './intent.js';
import { compilePatterns, type PatternOrder, type PatternSet, type Slots } from './patterns.js';
import type { WorkMeter } from '../model/work-meter.js';

/** A rule with its patterns compiled. */
export interface CompiledRule {
  rule: IntentRule;
  patterns: PatternSet;
}

function holdsAny(tokens: readonly string[], words: ReadonlySet<string>): boolean {
  for (const t of tokens) if (words.has(t)) return true;
  return false;
}

/** Rules in order, ready to run on token lists. */
export interface RuleTable {
  readonly rules: readonly CompiledRule[];
  /**
   * The first rule's outcome for `tokens`, or undefined when every rule declines. `meter`
   * counts the rules tried and the matches built, so tests can bound the work without a clock.
   */
  run(tokens: string[] | readonly string[], env: IntentEnv, meter?: WorkMeter): Outcome | undefined;
}

/**
 * Compiles `rules` (or takes them compiled) into a table.
 *
 * @example
 * const table = ruleTable(intentOrder().stages[3]!, 'longest-first');
 * table.run(['add', 'milk'], env)?.calls // [{ name: 'add_to_list', ... }]
 */
export function ruleTable(rules: readonly IntentRule[] | readonly CompiledRule[], order: PatternOrder = 'longest-first'): RuleTable {
  const compiled = rules.map((r): CompiledRule => ('rule' in r ? r : { rule: r, patterns: compilePatterns(r.patterns, order) }));
  // Rules any first word may start, and for each word a rule spells first, those plus the rules it starts.
  const anyStart = compiled.filter((c) => c.patterns.firstWords === undefined);
  const byFirst = new Map<string, CompiledRule[]>();
  for (const c of compiled) for (const w of c.patterns.firstWords ?? []) if (!byFirst.has(w)) byFirst.set(w, compiled.filter((d) => d.patterns.firstWords === undefined || d.patterns.firstWords.has(w)));
  return {
    rules: compiled,
    run(tokens, env, meter) {
      // Builders only read what they are given, so the rules tried on one clause share one env,
      // and the rules that take the clause whole ("{x}") one filling of their slot.
      const ruleEnv = envFor(env, tokens);
      let whole: Slots | undefined;
      for (const { rule, patterns } of byFirst.get(tokens[0]!) ?? anyStart) {
        if (meter) meter.steps += 1;
        if (rule.requires && !holdsAny(tokens, rule.requires)) continue;
        const name = patterns.whole;
        if (name !== undefined) {
          if (tokens.length === 0) continue;
          if (whole === undefined || !Object.hasOwn(whole, name)) whole = { [name]: tokens.slice() };
          const out = rule.build(whole, ruleEnv);
          if (out) return out;
          continue;
        }
        const matches = patterns.match(tokens);
        if (meter) meter.steps += tokens.length + matches.length;
        for (let i = 0; i < matches.length; i++) {
          const out = rule.build(matches[i]!, ruleEnv);
          if (out) return out;
        }
      }
      return undefined;
    },
  };
}
