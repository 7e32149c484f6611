import { NOT_UNDERSTOOD_REPLY } from '../../understanding/index.js';
import * as canned from '../canned-replies.js';
import { decideOffline as decide } from '../offline-decision.js';
import type { Plan, Step } from '../turn-context.js';

/**
 * What the offline path does with what it understood: run it when sure; when not, run lookups,
 * ask about changes first ("Add flour to your list?"), or say it did not understand. With a
 * language model configured, what it would ask about or did not understand goes to the model first.
 */
export const decideOffline: Step = (turn, deps) => {
  const understood = turn.understood!;
  if (understood.calls.length > 0 && understood.confidence >= deps.threshold) {
    turn.plan = { kind: 'run', calls: understood.calls, source: 'offline', mindClarify: true };
    return;
  }
  const offline = unsurePlan(understood, deps);
  // The model is asked where the offline path would ask first or did not understand (nothing, or
  // only a guess that the message is about something else); lookups it was fairly sure of just
  // run, and a message it is sure is about something else is answered as such.
  const notUnderstood = !understood.reply || understood.reply === NOT_UNDERSTOOD_REPLY || understood.confidence < deps.threshold;
  const unclear = offline.kind === 'ask' || (offline.kind === 'say' && notUnderstood);
  turn.plan = deps.llm && unclear ? { kind: 'consult', fallback: offline } : offline;
};

function unsurePlan(understood: NonNullable<Parameters<Step>[0]['understood']>, deps: Parameters<Step>[1]): Plan {
  // Nothing is written on a guess: lookups run, changes are put to the person first.
  const decision = decide(understood, { threshold: deps.threshold, floor: deps.floor });
  if (decision.kind === 'run') return { kind: 'run', calls: decision.calls, source: 'offline', mindClarify: true };
  if (decision.kind === 'ask') return { kind: 'ask', calls: decision.calls, prompt: decision.prompt, choices: decision.choices, source: 'offline' };
  const text = understood.reply ?? canned.NOT_UNDERSTOOD_TEXT;
  const misunderstood = Boolean(understood.missed || !understood.reply);
  return { kind: 'say', reply: { text, choices: understood.reply ? undefined : canned.STARTER_CHOICES, source: 'fallback' }, carryPending: true, misunderstood };
}
