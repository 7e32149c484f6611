import os from 'node:os';
import readline from 'node:readline';
import type { Agent, TurnOutput } from '../../agent/index.js';

/**
 * The agent in a terminal: one line in, the reply out, choices shown as numbered lines the user
 * can answer with their number. Resolves when the input ends or the user types "exit".
 *
 * @example
 * await runTerminalChat({ agent, input: process.stdin, output: process.stdout });
 */
export async function runTerminalChat(opts: {
  agent: Agent;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  userId?: string;
  banner?: string;
}): Promise<void> {
  const userId = opts.userId ?? os.userInfo().username;
  const interactive = Boolean((opts.input as { isTTY?: boolean }).isTTY);
  const rl = readline.createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
  const write = (s: string) => opts.output.write(s + '\n');
  if (opts.banner) write(opts.banner);
  let choices: TurnOutput['choices'] = [];
  if (interactive) rl.setPrompt('you> ');
  if (interactive) rl.prompt();
  let n = 0;
  for await (const line of rl) {
    const text = line.trim();
    if (text === 'exit' || text === 'quit') break;
    if (!text) {
      if (interactive) rl.prompt();
      continue;
    }
    const picked = /^\d+$/.test(text) && choices?.[Number(text) - 1];
    const reply = await opts.agent.handle({
      channel: 'terminal',
      externalUserId: userId,
      conversationKey: userId,
      messageId: `t${Date.now()}-${n++}`,
      text: picked ? picked.value : text,
    });
    write(reply.text);
    choices = reply.choices ?? [];
    choices.forEach((c, i) => write(`  ${/^\d+\)/.test(c.label) ? c.label : `${i + 1}) ${c.label}`}`));
    if (interactive) rl.prompt();
  }
  rl.close();
}
