import { call, SURE, type IntentRule } from '../engine/intent.js';
import { ALL } from './support/list-rules.js';

/**
 * The `clear` intent: "clear my list", "start over": every line goes.
 */
export const clearIntent: IntentRule = { name: 'clear', patterns: [`[clear|empty|wipe|reset|erase|clean|purge|flush|delete|remove|drop|get rid of|scratch|take off|wipe out|clear out|empty out|clean out|trash|dump] ${ALL} [off|out|from it|]`,
  '[clear|empty|wipe|reset|purge|flush|erase|dump|zero out|clean out|clear out|empty out|wipe out|wipe clean] [it|out|off|this|] [out|clean|to nothing|to zero|]', '[start|begin] [over|fresh|from scratch|again|anew|a fresh list|with a clean slate]',
  '[clean|blank] slate', `${ALL} [can go|goes|must go|has to go|have to go|can be removed|should go]`, `[take|get|knock|wipe] ${ALL} [off|out]`,
  '[nuke|zero out] [it|this|]', `[throw out|toss out|throw away|get rid of|remove|delete|clear] ${ALL}`, '[i|we] [want|need|would like] [a|] [fresh start|clean slate|blank slate|fresh list|new start]',
  'clear [it|the|my|] all', 'new [week|shopping trip]', 'fresh start'],
  build: (_s, env) => ({ calls: [call('clear_list', {}, env)], confidence: SURE }) };
