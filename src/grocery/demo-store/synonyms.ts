/**
 * Words people use for the same thing, both ways round. Search and list matching look these up
 * so "pop" finds soda and "coriander" finds cilantro.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['soda', 'pop', 'soft drink', 'soda pop'],
  ['cilantro', 'coriander'],
  ['zucchini', 'courgette'],
  ['eggplant', 'aubergine'],
  ['scallions', 'green onions', 'spring onions'],
  ['garbanzo', 'chickpeas', 'chick peas'],
  ['ground beef', 'hamburger', 'hamburger meat', 'minced beef'],
  ['toilet paper', 'tp', 'toilet tissue', 'bath tissue'],
  ['paper towels', 'kitchen roll'],
  ['potato chips', 'crisps'],
  ['cookies', 'biscuits'],
  ['orange juice', 'oj'],
  ['ketchup', 'catsup'],
  ['mayonnaise', 'mayo'],
  ['macaroni and cheese', 'mac and cheese', 'mac n cheese'],
  ['yogurt', 'yoghurt'],
  ['diapers', 'nappies'],
  ['trash bags', 'garbage bags', 'bin bags'],
  ['candy', 'sweets'],
  ['shrimp', 'prawns'],
  ['french fries', 'fries'],
  ['sparkling water', 'seltzer', 'fizzy water'],
  ['dish soap', 'washing up liquid', 'dishwashing liquid'],
  ['bell pepper', 'capsicum'],
  ['arugula', 'rocket'],
  ['beets', 'beetroot'],
  ['powdered sugar', 'icing sugar', "confectioners sugar"],
  ['heavy cream', 'heavy whipping cream', 'double cream'],
  ['ice pops', 'popsicles', 'ice lollies'],
  ['aluminum foil', 'tin foil', 'foil'],
  ['plastic wrap', 'cling wrap', 'cling film'],
  ['ground turkey', 'turkey mince'],
  ['cotton swabs', 'q-tips', 'qtips'],
  ['bandages', 'band-aids', 'plasters'],
  ['acetaminophen', 'tylenol', 'paracetamol'],
  ['ibuprofen', 'advil', 'motrin'],
  ['jelly', 'jam'],
  ['stock', 'broth'],
  ['romaine', 'cos lettuce'],
];

/** Every ordered (term, synonym) pair, ready for the `synonyms` table. */
export function synonymPairs(): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const group of SYNONYM_GROUPS) {
    for (const a of group) for (const b of group) if (a !== b) pairs.set(`${a}\u0000${b}`, [a, b]);
  }
  return [...pairs.values()];
}
