import { runTerminalChat } from '../channels/terminal/index.js';
import { openCore } from './open-core.js';

/** `grocery-agent chat`: the same agent, tools and lists in the terminal. */
export async function chatCommand(args: string[]): Promise<number> {
  const userAt = args.indexOf('--user');
  const { core, memory } = openCore(process.env, { memory: true });
  const banner = core.demoStore
    ? 'Grocery Agent (demo store prices). Try "add 2 gallons of milk and a dozen eggs", "what\'s on my list?", or "exit".'
    : 'Grocery Agent. Try "add milk and eggs", "what\'s on my list?", or "exit".';
  try {
    await runTerminalChat({ agent: core.agent, input: process.stdin, output: process.stdout, userId: userAt >= 0 ? args[userAt + 1] : undefined, banner });
  } finally {
    await memory?.close();
    core.conn.close();
  }
  return 0;
}
