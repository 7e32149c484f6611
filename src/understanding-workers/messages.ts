import type { UnderstandingResult } from '../agent/ports.js';
import type { AheadContext } from '../agent/ports.js';

/** A message for a worker to understand, with the conversation as the main thread expects to find it. */
export interface AheadRequest {
  id: number;
  text: string;
  context: AheadContext;
}

/** What a worker made of it: the result, or why the main thread has to read it itself; first of all, that it is ready. */
export type AheadResponse =
  | { ready: true }
  | { id: number; result: UnderstandingResult }
  | { id: number; asked: 'list' }
  | { id: number; failed: string };
