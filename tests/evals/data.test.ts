import { describe, expect, it } from 'vitest';
import { defaultEvalsDir, loadConversations, loadUtterances, setKindOf } from '../../evals/load-evals.js';
import {
  ACTS, ADD_ITEM_FIELDS, BUDGET_PERIODS, isCanonicalUnit, LIST_OPERATION_TOOLS, PREFERENCE_KINDS,
  REMOVE_ITEM_FIELDS, REQUIRED_ARGUMENTS, SORT_VALUES, TOOL_ARGUMENTS, TOOL_NAMES,
} from '../../evals/standard.js';
import type { EvalCall, LabelledUtterance } from '../../evals/types.js';

const dir = defaultEvalsDir();
const all = loadUtterances(dir);
const labelled = all.filter((u) => setKindOf(u.file) === 'labelled');
const heldout = all.filter((u) => u.file === 'heldout.jsonl');
const heldout2 = all.filter((u) => u.file === 'heldout-2.jsonl');
const heldout3 = all.filter((u) => u.file === 'heldout-3.jsonl');
const heldout4 = all.filter((u) => u.file === 'heldout-4.jsonl');
const conversations = loadConversations(dir);

const MONEY_ARGS = ['minPrice', 'maxPrice', 'amount', 'targetPrice', 'maxPriceDifference'];

/** Everything wrong with one call by the labelling standard, as sentences. */
function problemsOf(call: EvalCall): string[] {
  const out: string[] = [];
  const allowed = TOOL_ARGUMENTS[call.name];
  if (!allowed) return [`unknown tool ${call.name}`];
  const args = call.args ?? {};
  for (const key of Object.keys(args)) if (!allowed.includes(key)) out.push(`${call.name} has no argument ${key}`);
  for (const key of REQUIRED_ARGUMENTS[call.name] ?? []) if (args[key] === undefined) out.push(`${call.name} needs ${key}`);
  for (const key of MONEY_ARGS) if (key in args && (typeof args[key] !== 'number' || (args[key] as number) <= 0) && !(key === 'maxPriceDifference' && args[key] === 0)) out.push(`${key} must be a positive number of dollars`);
  if ('list' in args) {
    const list = args.list as string;
    if (typeof list !== 'string' || list !== list.toLowerCase() || /^(my|the) /.test(list) || / list$/.test(list)) out.push(`list "${list}" must be lower case without my/the/list`);
  }
  if (call.name === 'add_to_list' || call.name === 'remove_from_list') {
    const fields = call.name === 'add_to_list' ? ADD_ITEM_FIELDS : REMOVE_ITEM_FIELDS;
    const items = args.items as Record<string, unknown>[];
    if (!Array.isArray(items) || items.length === 0) out.push('items must be a non-empty array');
    for (const item of items ?? []) {
      for (const key of Object.keys(item)) if (!fields.includes(key)) out.push(`item field ${key} not allowed in ${call.name}`);
      out.push(...itemNameProblems(item.name));
      if ('quantity' in item && (typeof item.quantity !== 'number' || item.quantity <= 0)) out.push('quantity must be a positive number');
      if ('unit' in item && !isCanonicalUnit(String(item.unit))) out.push(`unit "${String(item.unit)}" is not canonical`);
    }
  }
  if (call.name === 'update_list_item') {
    out.push(...itemNameProblems(args.name));
    if ('unit' in args && !isCanonicalUnit(String(args.unit))) out.push(`unit "${String(args.unit)}" is not canonical`);
    if ('quantity' in args && typeof args.quantity !== 'number') out.push('quantity must be a number');
  }
  if ('sort' in args && !SORT_VALUES.includes(String(args.sort))) out.push(`sort "${String(args.sort)}"`);
  if ('period' in args && !BUDGET_PERIODS.includes(String(args.period))) out.push(`period "${String(args.period)}"`);
  if (call.name === 'remember_preference' && !PREFERENCE_KINDS.includes(String(args.kind))) out.push(`kind "${String(args.kind)}"`);
  if (call.name === 'match_deals' && 'items' in args && !(Array.isArray(args.items) && args.items.every((i) => typeof i === 'string'))) out.push('match_deals items are strings');
  for (const key of ['preferredBrands', 'avoidBrands']) if (key in args && !Array.isArray(args[key])) out.push(`${key} is an array`);
  if ('query' in args && args.query !== String(args.query).toLowerCase()) out.push('query is lower case');
  return out;
}

function itemNameProblems(name: unknown): string[] {
  if (typeof name !== 'string' || name.trim() === '') return ['item name missing'];
  const out: string[] = [];
  if (name !== name.toLowerCase()) out.push(`item name "${name}" must be lower case`);
  if (/^(a|an|the|some|my|\d+)\s/i.test(name)) out.push(`item name "${name}" keeps an article, filler or quantity`);
  return out;
}

function describe_(u: LabelledUtterance): string {
  return `${u.file}:${u.line} ${JSON.stringify(u.text)}`;
}

describe('labelled utterances', () => {
  it('the checks catch a badly labelled call', () => {
    expect(problemsOf({ name: 'add_to_list', args: { items: [{ name: 'The Milk', quantity: 0, unit: 'gallons', size: 'big' }], list: 'My Costco List', userId: 7 } })).toEqual([
      'add_to_list has no argument userId',
      'list "My Costco List" must be lower case without my/the/list',
      'item field size not allowed in add_to_list',
      'item name "The Milk" must be lower case',
      'item name "The Milk" keeps an article, filler or quantity',
      'quantity must be a positive number',
      'unit "gallons" is not canonical',
    ]);
    expect(problemsOf({ name: 'set_budget', args: { amount: '150', period: 'year' } })).toEqual(['amount must be a positive number of dollars', 'period "year"']);
    expect(problemsOf({ name: 'add_item', args: {} })).toEqual(['unknown tool add_item']);
    expect(problemsOf({ name: 'find_substitutes', args: { name: 'oreos', maxPriceDifference: 0 } })).toEqual([]);
    expect(problemsOf({ name: 'find_substitutes', args: { name: 'oreos', maxPriceDifference: -1 } })).toEqual(['maxPriceDifference must be a positive number of dollars']);
    expect(problemsOf({ name: 'remove_from_list', args: { items: [{ name: 'milk', unit: 'gal' }] } })).toEqual(['item field unit not allowed in remove_from_list']);
  });

  it('every line is an object with text, calls and at most an act', () => {
    const bad = all.filter((u) => u.text.trim() === '' || !u.calls.every((c) => typeof c.name === 'string' && typeof c.args === 'object' && c.args !== null));
    expect(bad.map(describe_)).toEqual([]);
  });

  it('uses only contract tool names and allowed, well-formed arguments', () => {
    const problems = all.flatMap((u) => u.calls.flatMap((c) => problemsOf(c).map((p) => `${describe_(u)}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it('acts are the standard ones and come without calls', () => {
    const bad = all.filter((u) => u.act !== undefined && (!ACTS.includes(u.act) || u.calls.length > 0));
    expect(bad.map(describe_)).toEqual([]);
    expect(new Set(all.flatMap((u) => (u.act ? [u.act] : [])))).toEqual(new Set(ACTS));
  });

  it('has no duplicate texts, case and spacing aside', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const u of all) {
      const key = u.text.trim().toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) dupes.push(`${describe_(u)} repeats ${seen.get(key)}`);
      else seen.set(key, describe_(u));
    }
    expect(dupes).toEqual([]);
  });

  it('has at least 650 labelled utterances and 25 for every tool', () => {
    expect(labelled.length).toBeGreaterThanOrEqual(650);
    const perTool = new Map<string, number>();
    for (const u of labelled) for (const name of new Set(u.calls.map((c) => c.name))) perTool.set(name, (perTool.get(name) ?? 0) + 1);
    const short = TOOL_NAMES.filter((t) => (perTool.get(t) ?? 0) < 25).map((t) => `${t}: ${perTool.get(t) ?? 0}`);
    expect(short).toEqual([]);
  });

  // The off-topic sets (offtopic*.jsonl, messages that call nothing) are a fifth of the labelled
  // set; the balance that matters is among the requests: list operations are about half of them.
  it('about half of the labelled requests are list operations, and off-topic messages are there too', () => {
    const requests = labelled.filter((u) => u.calls.length > 0);
    const listOps = requests.filter((u) => u.calls.some((c) => LIST_OPERATION_TOOLS.includes(c.name))).length;
    expect(listOps / requests.length).toBeGreaterThan(0.4);
    expect(listOps / requests.length).toBeLessThan(0.6);
    expect(labelled.filter((u) => u.calls.length === 0 && u.act === undefined).length / labelled.length).toBeGreaterThan(0.15);
  });

  it('has non-grocery requests that expect no calls', () => {
    expect(labelled.filter((u) => u.calls.length === 0 && u.act === undefined).length).toBeGreaterThanOrEqual(25);
  });
});

describe('held-out list commands', () => {
  it('has 150 lines, all list operations, covering every one of them', () => {
    expect(heldout).toHaveLength(150);
    const nonList = heldout.filter((u) => u.calls.length === 0 || !u.calls.every((c) => LIST_OPERATION_TOOLS.includes(c.name)));
    expect(nonList.map(describe_)).toEqual([]);
    const tools = new Set(heldout.flatMap((u) => u.calls.map((c) => c.name)));
    expect([...tools].sort()).toEqual([...LIST_OPERATION_TOOLS].sort());
  });

  it('does not reuse the example phrasings of docs/understanding.md', () => {
    const examples = ['add 2 gallons of milk and a dozen eggs', "we're out of paper towels", 'put bananas on my costco list', 'take the bread off',
      'remove 2 of the yogurts', 'i already have eggs', 'change the milk to 3 gallons', 'make the milk 3', "what's on my list?", 'read me the party list',
      'do i have eggs on my list?', 'did i add milk?', 'clear my list', 'start over'];
    expect(heldout.filter((u) => examples.includes(u.text.toLowerCase())).map(describe_)).toEqual([]);
  });
});

describe('second held-out set', () => {
  it('has at least 300 lines, mostly list operations, with some questions, non-grocery requests and acts', () => {
    expect(heldout2.length).toBeGreaterThanOrEqual(300);
    const listOps = heldout2.filter((u) => u.calls.length > 0 && u.calls.every((c) => LIST_OPERATION_TOOLS.includes(c.name)));
    expect(listOps.length / heldout2.length).toBeGreaterThan(0.85);
    const tools = new Set(heldout2.flatMap((u) => u.calls.map((c) => c.name)));
    for (const tool of LIST_OPERATION_TOOLS) expect(tools).toContain(tool);
    expect(heldout2.some((u) => u.calls.length === 0 && u.act === undefined)).toBe(true);
  });
});

describe('third held-out set', () => {
  it('has 100 list commands, almost all list operations, none of them also in the labelled set', () => {
    expect(heldout3).toHaveLength(100);
    expect(heldout3.every((u) => u.calls.length > 0)).toBe(true);
    expect(heldout3.filter((u) => u.calls.every((c) => LIST_OPERATION_TOOLS.includes(c.name))).length).toBeGreaterThanOrEqual(95);
    const labelledTexts = new Set(labelled.map((u) => u.text.toLowerCase()));
    expect(heldout3.filter((u) => labelledTexts.has(u.text.toLowerCase())).map((u) => u.text)).toEqual([]);
  });
});

describe('fourth held-out set', () => {
  it('has 80 requests across the tools, none of them also in another set', () => {
    expect(heldout4).toHaveLength(80);
    const tools = new Set(heldout4.flatMap((u) => u.calls.map((c) => c.name)));
    expect(tools.size).toBeGreaterThanOrEqual(15);
    const elsewhere = new Set(all.filter((u) => u.file !== 'heldout-4.jsonl').map((u) => u.text.toLowerCase()));
    expect(heldout4.filter((u) => elsewhere.has(u.text.toLowerCase())).map((u) => u.text)).toEqual([]);
  });
});

describe('conversations', () => {
  const allowedExpect = ['calls', 'replyIncludes', 'replyExcludes', 'listIncludes', 'listExcludes', 'listIs', 'choices'];

  it('has at least 45 named conversations with unique names', () => {
    expect(conversations.length).toBeGreaterThanOrEqual(45);
    expect(new Set(conversations.map((c) => c.name)).size).toBe(conversations.length);
  });

  it('every turn has a message and only known expectations with contract tools', () => {
    const problems: string[] = [];
    for (const conv of conversations) {
      if (conv.turns.length === 0) problems.push(`${conv.name}: no turns`);
      for (const [i, turn] of conv.turns.entries()) {
        const where = `${conv.name} turn ${i + 1}`;
        if (typeof turn.user !== 'string' || turn.user.trim() === '') problems.push(`${where}: no user text`);
        for (const key of Object.keys(turn.expect ?? {})) if (!allowedExpect.includes(key)) problems.push(`${where}: unknown expectation ${key}`);
        for (const call of turn.expect?.calls ?? []) if (!TOOL_NAMES.includes(call.name)) problems.push(`${where}: unknown tool ${call.name}`);
        for (const line of turn.expect?.listIncludes ?? []) {
          if (typeof line.name !== 'string') problems.push(`${where}: listIncludes needs a name`);
          if (line.unit && !isCanonicalUnit(line.unit)) problems.push(`${where}: unit ${line.unit} is not canonical`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('covers clarification, confirmation, references, corrections, undo, named lists and price-then-add', () => {
    const said = conversations.flatMap((c) => c.turns.map((t) => t.user.toLowerCase()));
    for (const phrase of ['the second one', 'the cheaper one', '2', 'yes', 'no', 'make it 3', 'two more of those', 'remove that', 'actually, make that oat milk', 'undo', 'add it']) {
      expect(said, phrase).toContain(phrase);
    }
    expect(said.some((s) => / list$| list\?$/.test(s) && /party|costco|bbq|camping|baking/.test(s))).toBe(true);
  });
});
