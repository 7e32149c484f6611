import type { Agent, TurnInput, TurnOutput } from './turn.js';

/** A turn as a channel runs it: answered already, or gone to the language model with the answer to follow. */
export type TurnStart = { kind: 'answered'; out: TurnOutput } | { kind: 'thinking'; answer: Promise<TurnOutput> };

/**
 * Runs a turn and resolves as soon as it is answered, or as soon as it has gone to the language
 * model, whose answer takes seconds: then `answer` resolves with it later. A channel that must not
 * hold anything up meanwhile (Telegram's long polling reads updates one at a time, the Bot Service
 * waits 15 s at most for Teams) shows a typing indicator and sends the answer when it comes.
 *
 * @example
 * const started = await startTurn(agent, input);
 * if (started.kind === 'answered') await send(started.out);
 * else { showTyping(); void started.answer.then(send); }
 */
export function startTurn(agent: Agent, input: TurnInput): Promise<TurnStart> {
  return new Promise<TurnStart>((resolve, reject) => {
    let answer: Promise<TurnOutput> | undefined;
    let thinking = false;
    const onThinking = () => {
      input.onThinking?.();
      thinking = true;
      if (answer) resolve({ kind: 'thinking', answer });
    };
    answer = agent.handle({ ...input, onThinking });
    if (thinking) resolve({ kind: 'thinking', answer });
    answer.then((out) => resolve({ kind: 'answered', out }), reject);
  });
}
