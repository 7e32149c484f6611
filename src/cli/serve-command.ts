import { main } from '../main.js';

/** `grocery-agent serve`: what `npm start` runs; resolves only when the process is stopped. */
export async function serveCommand(_args: string[]): Promise<number> {
  await main();
  return new Promise<number>(() => {});
}
