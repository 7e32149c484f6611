import { NOT_UNDERSTOOD_REPLY } from '../../understanding/index.js';
import * as canned from '../canned-replies.js';
import { decideOffline as decide } from '../offline-decision.js';
import type { UnderstandingResult } from '../ports.js';
import type { Plan, Step } from '../turn-context.js';

/**
 * What the offline path does with what it understood: run it when sure; when not, run lookups,
 * ask about changes first ("Add flour to your list?"), or say it did not understand. With a
 * language model configured, what it would ask about or did not understand goes to the model first.
 */
export const decideOffline: Step = (turn, deps) => {
  turn.plan = offlinePlan(turn.understood!, { threshold: deps.threshold, floor: deps.floor, model: Boolean(deps.llm) });
};

/**
 * The plan for what the offline understanding made of a message: what the agent does, and what
 * `grocery-agent eval --llm` scores. With `model`, what it would ask about or did not understand
 * becomes `consult` (the language model first, the offline plan as its fallback).
 *
 * @example
 * offlinePlan(understood, { threshold: 0.75, floor: 0.4, model: true }) // { kind: 'consult', fallback: { kind: 'ask', ... } }
 */
export function offlinePlan(understood: UnderstandingResult, t: { threshold: number; floor: number; model: boolean }): Plan {
  if (understood.calls.length > 0 && understood.confidence >= t.threshold) return { kind: 'run', calls: understood.calls, source: 'offline', mindClarify: true };
  const offline = unsurePlan(understood, t);
  // The model is asked where the offline path would ask first or did not understand (nothing, or
  // only a guess that the message is about something else); lookups it was fairly sure of just
  // run, and a message it is sure is about something else is answered as such.
  const notUnderstood = !understood.reply || understood.reply === NOT_UNDERSTOOD_REPLY || understood.confidence < t.threshold;
  const unclear = offline.kind === 'ask' || (offline.kind === 'say' && notUnderstood);
  return t.model && unclear ? { kind: 'consult', fallback: offline } : offline;
}

function unsurePlan(understood: UnderstandingResult, t: { threshold: number; floor: number }): Plan {
  // Nothing is written on a guess: lookups run, changes are put to the person first.
  const decision = decide(understood, t);
  if (decision.kind === 'run') return { kind: 'run', calls: decision.calls, source: 'offline', mindClarify: true };
  if (decision.kind === 'ask') return { kind: 'ask', calls: decision.calls, prompt: decision.prompt, choices: decision.choices, source: 'offline' };
  const text = understood.reply ?? canned.NOT_UNDERSTOOD_TEXT;
  const misunderstood = Boolean(understood.missed || !understood.reply);
  const choices = understood.choices ?? (understood.reply ? undefined : canned.STARTER_CHOICES);
  return { kind: 'say', reply: { text, choices, source: 'fallback' }, carryPending: true, misunderstood };
}
