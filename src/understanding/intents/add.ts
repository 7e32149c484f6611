import type { IntentRule } from '../engine/intent.js';
import { addItems } from './support/list-actions.js';
import { namesOnlyAnAmount } from '../engine/items.js';
import { ITEM_BREAK } from '../engine/tokenizer.js';
import { AMOUNT_HEDGES, HOUSEHOLD, PETS } from '../lexicon/index.js';

/**
 * The `add` intent: "add milk", "we need eggs", "out of coffee": things to put on the list.
 */
export const addIntent: IntentRule = { name: 'add', patterns: ['[add|put|throw|toss|chuck|stick|tack|pop|slap|include|append|insert|also|plus|and|jot|write|note|list|save|load|bung] {x} [in|on|down|in there|on there|on it|to it|in too|on too|to the pile|back|back on|back in|on instead|in instead|on as well|in as well|]',
  '[add in|put in|throw in|toss in|chuck in|stick in|tack on|stick on|put down|write down|jot down|note down|add on|pop in|throw on|toss on|put on|slap on|add some|also add|also get|also need|pencil in|pencil down|mark down|key in|type in|punch in|bung in|chuck on|stick down|pop down|chuck down|bung down|throw down|scribble down] {x} [there|]',
  '[there is|there are] no [more|] {x} [left|]', '[i|we] [have|have got|got] no [more|] {x} [left|at home|in the house|]', '[used|finished|polished off|used up] [the last of|up|off|all|] [the|] {x}',
  '[the|my|our] [fridge|pantry|freezer|cupboard|house|kitchen|cabinet] [needs|could use|is out of|is low on] {x}',
  // "the baby needs wipes", "the kids need lunchables": someone in the household needs the things.
  `[the|my|our|] [${[...HOUSEHOLD, ...PETS].join('|')}] [needs|need|wants|want|could use|is out of|are out of|asked for|would like|likes] [more|] {x}`, '[i|we] [are|am] [fresh|clean|completely|totally|all] out of {x}',
  '[i|we|i will|we will|i am going to|we are going to|i might|we might|i still|we still|i also|we also|i really|we really|i definitely|we definitely|i do|i think i|i think we|i guess i|i probably|we probably|i just] [need|want|needs|would like|could use|could do with|require|shall require|will require|shall need|should like|am after|are after|am needing|are needing] {x}',
  '[need|want|needs|would like|could use|require] {x}', '[i|we|] [need|have|got|want|have got] to [get|buy|pick up|grab] {x}', '[i|we|] [should|must|gotta|ought to] [get|buy|pick up|grab] [some|] {x}',
  '[i am|we are|were|we were|i was|i have|we have|i have run|we have run|i ran|we ran|ran|run|running|we are running|i am running|i am all|we are all|all|we are almost|i am almost|almost|we are completely|i am completely|we are totally|we are nearly|nearly|we are getting|getting|we are about|we just ran|i just ran|just ran] [out of|low on|short on|low of] {x}',
  '[out of|low on|short on] {x}', '[we are|i am] out [of|]{x}',
  '[get|grab|buy|pick up|get me|grab me|buy me|pick me up|order|fetch|bring|bring me|get us|grab us|buy us|pick up some|purchase|restock|stock up on|replenish|refill|get more|buy more|grab more|pick up more] {x}',
  '[do not forget|remember|remind me|do not let me forget|make sure] [to get|to buy|to pick up|to grab|to add|we get|i get|we need|the|about|] {x}', 'remind me to {x}',
  '{x} [is|are] [needed|running low|running out|almost gone|all gone|gone|finished|out]',
  '{x} [needs|need|has|have|should|must] [to be|be] [added|bought|picked up|put on|got|gotten|listed]', '[can|could|should] {x} be [added|bought|picked up|put on]',
  '{x} [needs|need] [adding|buying|getting]', '[i|we] [will|would] [take|have|do|go with] {x} [instead|]',
  // "I take brie instead": the present for the choice, as learners say it.
  '[i|we] [take|choose|pick|prefer] {x} instead',
  '[list|put|add|write|jot|note|stick] [it|this|these|them|down|] [down|on|] , {x}', '[i|we] [used|finished|polished off|used up] [the last of|up|off|all|] [the|] {x}',
  // "put salmon on there, maybe like a pound": how much, said after where.
  '[add|put|throw|toss|stick|pop] {x} [in there|on there|on it|to it] , {q}'],
  build: (s, env) => {
    if (!s.q) return addItems(s.x!, env);
    return namesOnlyAnAmount(s.q.filter((w) => !AMOUNT_HEDGES.has(w))) ? addItems([...s.x!, ITEM_BREAK, ...s.q], env) : undefined;
  } };
