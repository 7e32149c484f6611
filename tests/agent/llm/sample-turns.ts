/**
 * Realistic requests to the model, for measuring prompts: four people, three messages each, with
 * the history the agent would hand along (replies as the tools word them, lists read out).
 */
export interface SampleTurn {
  text: string;
  history: { role: 'user' | 'assistant'; text: string }[];
  hints: string[];
}

const LIST_READOUT = 'Grocery list — 6 items, about $23.41 (demo store prices)\nDairy & Eggs: 2 gal milk, 12 eggs\nProduce: 3 lemons, 2 lb apples\nBakery: 1 sourdough bread\nMeat: 2 lb ground beef';

const PEOPLE: { message: string; reply: string; hints: string[] }[][] = [
  [
    { message: 'plan me a taco night', reply: 'Add tortillas, 2 lb ground beef, cheddar and salsa to your list?', hints: ['add_to_list'] },
    { message: 'yeah but make it chicken instead of beef', reply: 'Added tortillas, 2 lb chicken breast, cheddar and salsa.', hints: ['update_list_item', 'remove_from_list', 'add_to_list'] },
    { message: 'what else would go well with that for like 8 people', reply: '', hints: ['add_to_list', 'search_products'] },
  ],
  [
    { message: 'some tortillas would be good', reply: 'Added tortillas.', hints: ['add_to_list'] },
    { message: 'whats on the thing', reply: LIST_READOUT, hints: ['view_list'] },
    { message: 'hmm the dairy stuff is getting pricey, anything cheaper around', reply: '', hints: ['find_substitutes', 'match_deals', 'get_price'] },
  ],
  [
    { message: 'i could go for something sweet after dinner', reply: 'Add ice cream to your list?', hints: ['add_to_list', 'search_products'] },
    { message: 'nah not ice cream, my kid is lactose intolerant', reply: 'OK, I left everything as it was.', hints: ['remember_preference'] },
    { message: 'can you keep an eye on the price of that coffee i always get, tell me if it goes under eight bucks or so', reply: '', hints: ['track_price'] },
  ],
  [
    { message: 'new week new me', reply: "Sorry, I didn't quite get that.", hints: [] },
    { message: 'lets wipe the slate for the week and start with veggies', reply: 'Clear all 6 items from your Grocery list? You can undo it afterwards.', hints: ['clear_list', 'add_to_list'] },
    { message: "we're hosting a barbecue saturday for my brother's birthday, about twelve people, a couple of them vegetarian, sort me out", reply: '', hints: ['add_to_list', 'search_products'] },
  ],
];

/** Every sample request, in the order the people would send them. */
export function sampleTurns(): SampleTurn[] {
  const turns: SampleTurn[] = [];
  for (const person of PEOPLE) {
    const history: SampleTurn['history'] = [];
    for (const step of person) {
      turns.push({ text: step.message, history: [...history], hints: step.hints });
      history.push({ role: 'user', text: step.message }, { role: 'assistant', text: step.reply || 'OK.' });
    }
  }
  return turns;
}
