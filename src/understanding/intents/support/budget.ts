/**
 * Budget intents: setting a budget ("$150 a week") and asking about the list's total or the budget
 * left ("how much will all this cost", "am I over budget").
 */
import { SURE, type IntentEnv, type IntentRule, type Outcome } from '../../engine/intent.js';
import { findMoney, PERIOD_WORDS } from '../../engine/money.js';
import { isAll, REFERENCES, set, startsWith, TOTAL } from './shopping-phrases.js';
import { isBreak } from '../../engine/tokenizer.js';

/** Words a budget statement may use besides the amount and the period. */
export const BUDGET_FRAME = set("set change update make put raise lower increase decrease adjust fix reset bump up cap limit keep my the our a an to at as for of is be should will would now budget budgets budget's grocery groceries food shopping per each every this next i we us me let want like spend spending can only have got about around roughly max maximum total on under below no more than it plan try usually new going am are just please ok okay so approximately stick stay within target goal amount allowance give myself ourselves do not exceed need , . = : - monthly weekly only");

/** The words one of which `anchored` in {@link budgetSetting} needs: a budget rule may require them. */
export const BUDGET_ANCHORS = set("budget budget's spend spending keep cap limit have got");

/** "set my budget to one hundred dollars a week", "$150/wk budget", "i can only spend 80 bucks a week". */
export function budgetSetting(tokens: readonly string[]): Outcome | undefined {
  const words = tokens.filter((t) => !isBreak(t) && t !== '=' && t !== ':');
  const money = findMoney(words, 'budget');
  if (!money) return undefined;
  const has = (w: string) => words.includes(w);
  const rest = [...words.slice(0, money.at), ...words.slice(money.at + money.length)];
  let period: 'week' | 'month' | undefined;
  for (const w of rest) period ??= PERIOD_WORDS[w];
  const anchored = has('budget') || has("budget's") || has('spend') || has('spending') || ((has('keep') || has('cap') || has('limit')) && (period !== undefined || has('spending')))
    || ((has('have') || has('got')) && period !== undefined);
  if (!anchored || findMoney(rest.filter((w) => w !== 'one'))) return undefined;
  if (rest.some((w) => PERIOD_WORDS[w] === undefined && !BUDGET_FRAME.has(w))) return undefined;
  const amount = money.dollars;
  return { calls: [{ name: 'set_budget', args: period ? { amount, period } : { amount } }], confidence: SURE };
}

// ---------------------------------------------------------------- totals

/** Words a question about the list's total or the budget left may use. */
export const TOTAL_FRAME = set('gone went close near how much what is are do does did will would should can i we me us my our the a it all this that everything have got left remaining leftover to spend spending spent owe budget money in of on for over under within fit am still going be put go week month today now cost costs come comes total totals add adds up run runs set back looking at pay paying need needed saving save so far estimate estimated approximately roughly about altogether together grand sub subtotal tally damage bill sum price out whole groceries grocery stuff items things basket cart trolley shop shopping order lot food wise there doing track blow exceed right tell give show let know check again when done am is yet already currently point');
const TOTAL_SIGNALS = set('total totals subtotal tally damage bill estimate estimated sum');

/** "what's my total", "how much will all this cost", "how much have I got left", "am I over budget". */
export function totalQuestion(tokens: readonly string[], env: IntentEnv): Outcome | undefined {
  // Most clauses have a word outside the frame: they are turned away before anything is copied.
  for (const t of tokens) if (!isBreak(t) && !TOTAL_FRAME.has(t)) return undefined;
  const words = tokens.filter((t) => !isBreak(t));
  if (!words.length) return undefined;
  const has = (w: string) => words.includes(w);
  const howMuch = startsWith(words, ['how', 'much']);
  const content = words.filter((w) => !['how', 'much', 'what', 'is', 'are', 'do', 'does', 'did', 'will', 'would', 'should', 'can', 'i', 'we', 'me', 'us', 'am', 'going', 'to', 'be'].includes(w));
  // "how much is it": a product just shown, if there is one; otherwise the list.
  if (content.length === 1 && REFERENCES.has(content[0]!) && !env.listMentioned) return env.context.lastResults?.length || env.context.lastItems?.length ? undefined : TOTAL(env);
  const budgetish = has('budget') || has('money') || has('spend') || has('spending');
  const left = has('left') || has('remaining') || has('leftover');
  const costVerb = has('cost') || has('costs') || has('come') || has('comes') || has('run') || has('pay') || has('spend') || has('spending') || has('spent') || has('owe') || has('paying') || has('looking') || has('saving') || has('add') || has('need');
  const signal = words.some((w) => TOTAL_SIGNALS.has(w)) || (env.listMentioned && words.every((w) => /^(price|prices|pricing|cost|costs|out|up)$/.test(w))) || (left && (budgetish || howMuch)) || (has('budget') && !has('set'))
    || (howMuch && (costVerb || isAll(content) || env.listMentioned || content.length === 0))
    || (words[0] === 'what' && (costVerb || has('total')) && (isAll(content.filter((w) => !['cost', 'costs', 'come', 'comes', 'add', 'adds', 'up', 'run', 'to'].includes(w))) || env.listMentioned))
    || ((has('price') || has('tally') || has('add') || has('sum')) && (has('out') || has('up')) && (env.listMentioned || isAll(content.filter((w) => w !== 'price' && w !== 'out' && w !== 'up' && w !== 'tally' && w !== 'add' && w !== 'sum'))))
    || (has('cost') && (env.listMentioned || isAll(content.filter((w) => w !== 'cost'))));
  return signal ? TOTAL(env) : undefined;
}
