/**
 * What the agent does with the model's proposal. The model proposes; the tools decide what is
 * said. Lookups run. Changes run only when the offline understanding read the very same changes
 * (two readings agree); otherwise they are put to the person first, with the same Yes/No question
 * the offline path asks. Destructive actions (clearing a list) ask for confirmation in the tool
 * itself, so the question is what the person sees. The model's words are used only where no tool
 * acts (small talk, an explanation), and never when they claim that something was done.
 */
import type { ToolCall } from '../tools/tool.js';
import { toolsOf } from '../understanding/model/index.js';
import { ASK_CHOICES, askPrompt, changesSomething } from './offline-decision.js';
import type { UnderstandingResult } from './ports.js';
import type { Plan } from './turn-context.js';

/** The model's proposal, as the LLM path returns it. */
export interface ModelProposal {
  calls: ToolCall[];
  say: string;
}

/**
 * @example
 * modelPlan({ calls: [{ name: 'add_to_list', args: { items: [{ name: 'caviar' }] } }], say: '' }, understood, fallback)
 * // { kind: 'ask', prompt: 'Add caviar to your list?', ... }: nobody asked for caviar in so many words
 */
export function modelPlan(proposal: ModelProposal, understood: UnderstandingResult, fallback: Plan): Plan {
  const { calls } = proposal;
  if (calls.length === 0) {
    const say = usableWords(proposal.say);
    // Words only where the offline path had nothing better than "I didn't get that".
    if (say && fallback.kind === 'say' && fallback.reply.source === 'fallback') return { kind: 'say', reply: { text: say, source: 'llm' }, carryPending: true };
    return fallback;
  }
  const changes = calls.filter(changesSomething);
  if (changes.length === 0 || sameCalls(changes, understood.calls.filter(changesSomething))) return { kind: 'run', calls, source: 'llm', mindClarify: true };
  const prompt = askPrompt(changes);
  return { kind: 'ask', calls: changes, prompt, choices: ASK_CHOICES, source: 'llm' };
}

/** Most characters of the model's own words that are shown. */
const MAX_WORDS_CHARS = 300;

/**
 * Words that tell of an action ("Done!", "I've added", "removed", "your list is cleared"): the
 * tools say what happened, so model text that claims it is dropped, true or not.
 */
const CLAIMS_ACTION =
  /\b(done|added|adding|removed|removing|deleted|cleared|emptied|updated|changed|saved|set|remembered|noted|created|renamed|shared|tracking|watching|subscribed|took|taken|bought|ordered)\b|\bi(?:'ve| have| just| will|'ll)\b/i;

/** The model's words as they may be shown, or undefined when they must not be. */
export function usableWords(text: string | undefined): string | undefined {
  const t = text?.trim();
  if (!t || CLAIMS_ACTION.test(t) || /[{}[\]`<>]/.test(t)) return undefined;
  if (t.length <= MAX_WORDS_CHARS) return t;
  const cut = t.slice(0, MAX_WORDS_CHARS);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > 0 ? cut.slice(0, end + 1) : undefined;
}

/** The same calls, read the same way: names, lists, and items by name, amount and unit. */
function sameCalls(a: readonly ToolCall[], b: readonly ToolCall[]): boolean {
  if (a.length !== b.length) return false;
  const keys = (calls: readonly ToolCall[]) => calls.map(callKey).sort().join('\n');
  return keys(a) === keys(b);
}

function callKey(call: ToolCall): string {
  return `${call.name}:${JSON.stringify(canonical(call.args))}`;
}

function canonical(value: unknown): unknown {
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (Array.isArray(value)) return value.map(canonical).map((v) => JSON.stringify(v)).sort();
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return Object.fromEntries(entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, canonical(v)]));
}

/** Ranked intents below this probability give no hint. */
const HINT_FLOOR = 0.05;
/** Most tools hinted. */
const MAX_HINTS = 4;

/**
 * The tools the offline reading and the trained model's ranked intents point at, most likely
 * first: named in the message to the model as a hint (its own reading is not, so that when the
 * two agree it means something).
 */
export function modelHints(understood: UnderstandingResult, ranked: readonly { intent: string; p: number }[]): string[] {
  const names = new Set(understood.calls.map((c) => c.name));
  for (const { intent, p } of ranked) {
    if (names.size >= MAX_HINTS || p < HINT_FLOOR) break;
    for (const tool of toolsOf(intent)) names.add(tool);
  }
  return [...names].slice(0, MAX_HINTS);
}
