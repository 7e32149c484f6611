import { normalizeToolName, normalizeValue, stableStringify } from './normalize-calls.js';
import type { AgentTurnResult, Conversation, EvalAgent, EvalCall, TurnExpectation } from './types.js';

/** A list line as the conversation checks see it. */
export interface ListLine {
  name: string;
  quantity: number;
  unit?: string | null;
}

/** The outcome of one conversation. */
export interface ConversationResult {
  name: string;
  file?: string;
  passed: boolean;
  turnsPassed: number;
  turns: number;
  /** The first failures, each naming the turn, e.g. `turn 2 "the second one": list has no "milk"`. */
  failures: string[];
}

/** Compares item names the way people mean them: case, punctuation, spacing and plurals aside. */
export function sameItemName(a: string, b: string): boolean {
  return nameWords(a).join(' ') === nameWords(b).join(' ');
}

/**
 * True when a list line can be the thing the user asked for: every word of `wanted` is in the
 * line's name, so "milk" is found on "Great Value Whole Milk" after a pick from search results.
 */
export function lineMatches(wanted: string, lineName: string): boolean {
  const have = new Set(nameWords(lineName));
  const want = nameWords(wanted);
  return want.length > 0 && want.every((w) => have.has(w));
}

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%&\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/ies$/, 'y').replace(/(ch|sh|x|o)es$/, '$1').replace(/([^su])s$/, '$1'));
}

/**
 * True when `actual` fits `expected` loosely: every argument the expectation writes has that
 * value (items matched by name, in any order); arguments it leaves out are not checked, so a
 * conversation can expect `add_to_list {items:[{name:"milk"}]}` without knowing product ids.
 */
export function argsFit(expected: unknown, actual: unknown): boolean {
  const e = normalizeValue(expected);
  const a = normalizeValue(actual);
  if (e === undefined) return true;
  if (Array.isArray(e)) {
    if (!Array.isArray(a) || a.length !== e.length) return false;
    const used = new Set<number>();
    return e.every((item) => {
      const idx = a.findIndex((cand, i) => !used.has(i) && argsFit(item, cand));
      if (idx < 0) return false;
      used.add(idx);
      return true;
    });
  }
  if (e !== null && typeof e === 'object') {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) return false;
    return Object.entries(e as Record<string, unknown>).every(([k, v]) => {
      const other = (a as Record<string, unknown>)[k];
      return k === 'name' && typeof v === 'string' && typeof other === 'string' ? sameItemName(v, other) : argsFit(v, other);
    });
  }
  return stableStringify(e) === stableStringify(a);
}

/** True when the calls made fit the expected ones: same tools in the same order, written arguments equal. */
export function callsFit(expected: EvalCall[], actual: EvalCall[]): boolean {
  if (expected.length !== actual.length) return false;
  return expected.every((call, i) => normalizeToolName(call.name) === normalizeToolName(actual[i]!.name) && argsFit(call.args ?? {}, actual[i]!.args ?? {}));
}

/** What is wrong with one turn's outcome, as plain sentences; empty when it meets the expectation. */
export function checkTurn(expect: TurnExpectation, reply: AgentTurnResult, list: ListLine[] | null): string[] {
  const problems: string[] = [];
  if (expect.calls && !callsFit(expect.calls, reply.calls ?? [])) {
    problems.push(`calls ${JSON.stringify(reply.calls ?? [])}, expected ${JSON.stringify(expect.calls)}`);
  }
  for (const needle of expect.replyIncludes ?? []) {
    if (!reply.text.toLowerCase().includes(needle.toLowerCase())) problems.push(`reply lacks "${needle}": ${JSON.stringify(reply.text)}`);
  }
  for (const needle of expect.replyExcludes ?? []) {
    if (reply.text.toLowerCase().includes(needle.toLowerCase())) problems.push(`reply says "${needle}": ${JSON.stringify(reply.text)}`);
  }
  if (expect.choices !== undefined && (reply.choices?.length ?? 0) > 0 !== expect.choices) {
    problems.push(expect.choices ? 'no choices offered' : `unexpected choices ${JSON.stringify(reply.choices)}`);
  }
  if (list) {
    for (const want of expect.listIncludes ?? []) {
      // Lines with exactly this name come first; otherwise any line that names the thing.
      const exact = list.filter((l) => sameItemName(l.name, want.name));
      const lines = exact.length > 0 ? exact : list.filter((l) => lineMatches(want.name, l.name));
      const fits = (l: ListLine) =>
        (want.quantity === undefined || Math.abs(l.quantity - want.quantity) < 1e-9) && (want.unit === undefined || (l.unit ?? null) === want.unit);
      if (lines.length === 0) problems.push(`list has no "${want.name}" (has ${list.map((l) => l.name).join(', ') || 'nothing'})`);
      else if (!lines.some(fits)) {
        const seen = lines.map((l) => `${l.quantity}${l.unit ? ` ${l.unit}` : ''} ${l.name}`).join(', ');
        problems.push(`"${want.name}" is on the list as ${seen}, expected ${want.quantity ?? ''}${want.unit ? ` ${want.unit}` : ''}`.trim());
      }
    }
    for (const unwanted of expect.listExcludes ?? []) {
      if (list.some((l) => sameItemName(l.name, unwanted))) problems.push(`list still has "${unwanted}"`);
    }
    if (expect.listIs) problems.push(...wholeListProblems(expect.listIs, list));
  }
  return problems;
}

/**
 * What keeps `list` from being exactly `wanted`: each wanted line found once (by exact name first,
 * then by its words, with quantity and unit when given), and no line left over.
 */
function wholeListProblems(wanted: NonNullable<TurnExpectation['listIs']>, list: ListLine[]): string[] {
  const left = [...list];
  const problems: string[] = [];
  const fits = (want: (typeof wanted)[number], l: ListLine) =>
    (want.quantity === undefined || Math.abs(l.quantity - want.quantity) < 1e-9) && (want.unit === undefined || (l.unit ?? null) === want.unit);
  // Exact names claim their lines before looser matches, so "milk" does not take "oat milk"'s line.
  const order = [...wanted].sort((a, b) => Number(left.some((l) => sameItemName(l.name, b.name))) - Number(left.some((l) => sameItemName(l.name, a.name))));
  for (const want of order) {
    let at = left.findIndex((l) => sameItemName(l.name, want.name) && fits(want, l));
    if (at < 0) at = left.findIndex((l) => lineMatches(want.name, l.name) && fits(want, l));
    if (at < 0) {
      const near = left.filter((l) => lineMatches(want.name, l.name)).map((l) => `${l.quantity}${l.unit ? ` ${l.unit}` : ''} ${l.name}`);
      problems.push(near.length ? `"${want.name}" is on the list as ${near.join(', ')}, expected ${want.quantity ?? ''}${want.unit ? ` ${want.unit}` : ''}`.trim() : `list has no "${want.name}"`);
      continue;
    }
    left.splice(at, 1);
  }
  if (left.length) problems.push(`list also has ${left.map((l) => `"${l.name}"`).join(', ')}`);
  return problems;
}

/** Plays one conversation against a fresh agent and checks every turn. An agent that throws fails the turn. */
export async function runConversation(conv: Conversation, agent: EvalAgent): Promise<ConversationResult> {
  const failures: string[] = [];
  let turnsPassed = 0;
  for (const [i, turn] of conv.turns.entries()) {
    const expect = turn.expect ?? {};
    let problems: string[];
    try {
      const reply = await agent.send(turn.user);
      const needsList = (expect.listIncludes?.length ?? 0) > 0 || (expect.listExcludes?.length ?? 0) > 0 || expect.listIs !== undefined;
      problems = checkTurn(expect, reply, needsList ? await agent.listItems() : null);
    } catch (err) {
      problems = [`agent threw: ${(err as Error).message}`];
    }
    if (problems.length === 0) turnsPassed += 1;
    else failures.push(...problems.map((p) => `turn ${i + 1} ${JSON.stringify(turn.user)}: ${p}`));
  }
  return { name: conv.name, file: conv.file, passed: failures.length === 0, turnsPassed, turns: conv.turns.length, failures };
}
