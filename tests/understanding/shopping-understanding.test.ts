import { describe, expect, it } from 'vitest';
import { createUnderstanding } from '../../src/understanding/index.js';
import { matchMoney } from '../../src/understanding/engine/money.js';
import { tokenize } from '../../src/understanding/engine/tokenizer.js';
import { VOCABULARY } from './vocabulary-fixture.js';

const vocabulary = {
  ...VOCABULARY,
  itemPhrases: [...VOCABULARY.itemPhrases, 'oat milk', 'almond milk', 'greek yogurt', 'heavy cream', 'sour cream', 'olive oil', 'salmon', 'avocados', 'diapers', 'lemons', 'lime',
    'frozen pizza', 'goldfish crackers', 'pasta sauce', 'ice cream', 'dish soap', 'laundry detergent', 'mayo', 'sesame', 'shrimp', 'bacon', 'steak', 'beef', 'mushrooms', 'pop', 'snacks', 'crisps'],
  brands: [...VOCABULARY.brands, 'Silk', 'Chobani', 'Pepsi', 'Gain', 'Country Crock', 'Jif', 'Breyers'],
};
const { understand } = createUnderstanding({ vocabulary });
type Call = { name: string; args: Record<string, unknown> };
const tool = (name: string, args: Record<string, unknown> = {}): Call => ({ name, args });
const budget = (amount: number, period?: string) => tool('set_budget', period ? { amount, period } : { amount });
const pref = (kind: string, value: string) => tool('remember_preference', { kind, value });

function table(cases: [string, Call[]][]) {
  it.each(cases)('%s', (text, calls) => {
    expect(understand(text).calls).toEqual(calls);
  });
}

describe('money as people write it', () => {
  const dollars = (text: string, scale?: 'price' | 'budget') => matchMoney(tokenize(text), 0, scale)?.dollars;
  it.each([
    ['one hundred dollars', 100], ['a hundred', 100], ['three hundred and fifty dollars', 350], ['twenty five bucks', 25], ['$175.50', 175.5], ['150 bucks', 150],
    ['£100', 100], ['3 quid', 3], ['a tenner', 10], ['1,200', 1200], ['a dollar', 1], ['99 cents', 0.99], ['ten dollars', 10], ['two thousand', 2000],
  ])('%s is %d dollars', (text, value) => {
    expect(dollars(text)).toBe(value);
  });
  it('reads "two fifty" as $2.50 for a price and $250 for a budget', () => {
    expect(dollars('two fifty')).toBe(2.5);
    expect(dollars('two fifty', 'budget')).toBe(250);
  });
  it('does not read a bare article or a word as money', () => {
    expect(dollars('a week')).toBeUndefined();
    expect(dollars('milk')).toBeUndefined();
  });
});

describe('setting a budget', () => {
  table([
    ['set my budget to one hundred dollars a week', [budget(100, 'week')]],
    ['$150/wk budget', [budget(150, 'week')]],
    ['my budget is 150 bucks a month', [budget(150, 'month')]],
    ['set my weekly budget to two hundred', [budget(200, 'week')]],
    ['budget two fifty a month', [budget(250, 'month')]],
    ["let's keep groceries under $120 a week", [budget(120, 'week')]],
    ['i only have $40 to spend this week', [budget(40, 'week')]],
    ['budget = $300/mo', [budget(300, 'month')]],
    ['cap my spending at $70 a week', [budget(70, 'week')]],
    ['put my budget at 90 bucks', [budget(90)]],
  ]);
  it('does not take a price filter or a quantity for a budget', () => {
    expect(understand('find cereal under $3').calls).toEqual([tool('search_products', { query: 'cereal', maxPrice: 3 })]);
    expect(understand('add 2 gallons of milk').calls[0]!.name).toBe('add_to_list');
  });
  it('keeps "month" as a word instead of correcting it to a catalog word', () => {
    const u = understand('my budget is 600 a month');
    expect(u.calls).toEqual([budget(600, 'month')]);
    expect(u.confidence).toBeGreaterThan(0.8);
  });
});

describe('totals and the budget left', () => {
  table([
    ['how much is all this gonna cost', [tool('list_total')]],
    ['what does everything come to', [tool('list_total')]],
    ['how much have i got left', [tool('list_total')]],
    ['how much is left in my budget', [tool('list_total')]],
    ["what's left of my budget", [tool('list_total')]],
    ['will this put me over budget', [tool('list_total')]],
    ['have I gone over budget', [tool('list_total')]],
    ['roughly how much will my groceries be', [tool('list_total')]],
    ['how much is my basket', [tool('list_total')]],
    ['total up the party list', [tool('list_total', { list: 'party' })]],
    ['how much have we spent so far', [tool('list_total')]],
    ['wots my total', [tool('list_total')]],
    ['is my list over budget', [tool('list_total')]],
    ['how much am i looking at', [tool('list_total')]],
    ['set my budget to $160 a week and tell me how much is left', [budget(160, 'week'), tool('list_total')]],
  ]);
  it('asks for a price, not the total, when a product is named', () => {
    expect(understand('how much is the salmon').calls).toEqual([tool('get_price', { query: 'salmon' })]);
  });
});

describe('prices', () => {
  table([
    ['can you tell me how much butter is', [tool('get_price', { query: 'butter' })]],
    ['do you know how much orange juice costs', [tool('get_price', { query: 'orange juice' })]],
    ["what's butter going for these days", [tool('get_price', { query: 'butter' })]],
    ['how much would 2 lbs of ground beef cost', [tool('get_price', { query: 'ground beef' })]],
    ['price check: tide', [tool('get_price', { query: 'tide' })]],
    ['how much are milk and eggs', [tool('get_price', { query: 'milk' }), tool('get_price', { query: 'eggs' })]],
    ['has the price of bread gone down', [tool('get_price', { query: 'bread' })]],
    ['is coffee more expensive than last month', [tool('get_price', { query: 'coffee' })]],
    ['how much do you charge for a dozen eggs', [tool('get_price', { query: 'eggs' })]],
    ['how much is ketchup and add it to my list', [tool('get_price', { query: 'ketchup' }), tool('add_to_list', { items: [{ name: 'ketchup' }] })]],
    ['hw much r bananas', [tool('get_price', { query: 'bananas' })]],
    ['how much would it be for a box of cereal', [tool('get_price', { query: 'cereal' })]],
    ['quick price check on whole milk', [tool('get_price', { query: 'whole milk' })]],
  ]);
});

describe('deals', () => {
  table([
    ["what's on sale this week", [tool('match_deals')]],
    ['any deals on chicken or beef?', [tool('match_deals', { items: ['chicken', 'beef'] })]],
    ['is the salmon on sale rn', [tool('match_deals', { items: ['salmon'] })]],
    ['is tide cheaper this week', [tool('match_deals', { items: ['tide'] })]],
    ['which of my items are on sale', [tool('match_deals')]],
    ['is butter on offer', [tool('match_deals', { items: ['butter'] })]],
    ['sale on coffee?', [tool('match_deals', { items: ['coffee'] })]],
    ['whats cheap this week', [tool('match_deals')]],
    ['does cheerios have a coupon', [tool('match_deals', { items: ['cheerios'] })]],
  ]);
  it('leaves a list command that only contains a deal word to the list grammar', () => {
    expect(understand('add the special cheese').calls[0]!.name).toBe('add_to_list');
  });
});

describe('substitutes', () => {
  table([
    ["what's cheaper than tide", [tool('find_substitutes', { name: 'tide', maxPriceDifference: 0 })]],
    ['swap the jif for something cheaper', [tool('find_substitutes', { name: 'jif', maxPriceDifference: 0 })]],
    ['what can i swap mayo for', [tool('find_substitutes', { name: 'mayo' })]],
    ['what can I replace heavy cream with', [tool('find_substitutes', { name: 'heavy cream' })]],
    ["alternatives to coke that aren't pepsi", [tool('find_substitutes', { name: 'coke', avoidBrands: ['Pepsi'] })]],
    ['something instead of milk, preferably Silk', [tool('find_substitutes', { name: 'milk', preferredBrands: ['Silk'] })]],
    ['alternative to tide, no more than $3 more', [tool('find_substitutes', { name: 'tide', maxPriceDifference: 3 })]],
    ['alternative to heinz ketchup within a dollar', [tool('find_substitutes', { name: 'heinz ketchup', maxPriceDifference: 1 })]],
    ['oreos are too expensive, anything cheaper?', [tool('find_substitutes', { name: 'oreos', maxPriceDifference: 0 })]],
    ['a substitute for almond milk but not Silk', [tool('find_substitutes', { name: 'almond milk', avoidBrands: ['Silk'] })]],
  ]);
  it('leaves "swap the milk for oat milk" to the list: the replacement is named', () => {
    expect(understand('swap the milk for oat milk').calls.map((c) => c.name)).not.toContain('find_substitutes');
  });
  it('leaves "sub rolls" to the list: a sandwich, not a substitute', () => {
    expect(understand('need sub rolls for tomorrow').calls.map((c) => c.name)).not.toContain('find_substitutes');
  });
  it('leaves a correction with "instead of" to the list', () => {
    expect(understand('add oat milk instead of milk').calls.map((c) => c.name)).not.toContain('find_substitutes');
  });
});

describe('price alerts', () => {
  table([
    ['let me know if coffee drops below 8 bucks', [tool('track_price', { name: 'coffee', targetPrice: 8 })]],
    ['price alert: chicken breasts under $2', [tool('track_price', { name: 'chicken breasts', targetPrice: 2 })]],
    ['let me know if salmon ever drops below ten dollars', [tool('track_price', { name: 'salmon', targetPrice: 10 })]],
    ['tell me when a gallon of milk is under $3', [tool('track_price', { name: 'milk', targetPrice: 3 })]],
    ['keep an eye on avocado prices', [tool('track_price', { name: 'avocado' })]],
    ['i want to know when ground beef gets cheaper', [tool('track_price', { name: 'ground beef' })]],
    ['i want an alert for when butter is under $4', [tool('track_price', { name: 'butter', targetPrice: 4 })]],
    ['please alert me should butter fall below £2', [tool('track_price', { name: 'butter', targetPrice: 2 })]],
    ["watch oat milk and tell me if it's under 3 dollars", [tool('track_price', { name: 'oat milk', targetPrice: 3 })]],
  ]);
  it('does not take "tell me the total" for an alert', () => {
    expect(understand('tell me the total').calls).toEqual([tool('list_total')]);
  });
});

describe('search', () => {
  table([
    ['which pop is cheapest', [tool('search_products', { query: 'pop', sort: 'price' })]],
    ['which olive oil is the best deal per ounce', [tool('search_products', { query: 'olive oil', sort: 'unit_price' })]],
    ['laundry detergent sorted by unit price', [tool('search_products', { query: 'laundry detergent', sort: 'unit_price' })]],
    ['show me 5 kinds of pasta sauce', [tool('search_products', { query: 'pasta sauce', limit: 5 })]],
    ['top 3 cheapest frozen pizza', [tool('search_products', { query: 'frozen pizza', sort: 'price', limit: 3 })]],
    ['do u guys sell crisps', [tool('search_products', { query: 'crisps' })]],
    ['is there any oat milk in stock', [tool('search_products', { query: 'oat milk', inStock: true })]],
    ['what pasta sauce do you have for less than $4', [tool('search_products', { query: 'pasta sauce', maxPrice: 4 })]],
    ['pasta sauce under 3 quid', [tool('search_products', { query: 'pasta sauce', maxPrice: 3 })]],
    ["what's good in the frozen pizza section", [tool('search_products', { query: 'frozen pizza' })]],
  ]);
  it('still adds "3 lemons": a bare count is a quantity, not a search limit', () => {
    expect(understand('3 lemons').calls).toEqual([tool('add_to_list', { items: [{ name: 'lemons', quantity: 3 }] })]);
  });
});

describe('preferences', () => {
  table([
    ["I'm vegetarian and allergic to sesame", [pref('diet', 'vegetarian'), pref('allergy', 'sesame')]],
    ["I'm allergic to tree nuts and shellfish", [pref('allergy', 'tree nuts'), pref('allergy', 'shellfish')]],
    ['we love strawberries and hate mushrooms', [pref('likes', 'strawberries'), pref('dislikes', 'mushrooms')]],
    ["i'm pescatarian and my husband is allergic to shrimp", [pref('diet', 'pescatarian'), pref('allergy', 'shrimp')]],
    ['hate cilantro', [pref('dislikes', 'cilantro')]],
    ['love Great Value stuff', [pref('brand', 'Great Value')]],
    ['the kids love goldfish crackers', [pref('likes', 'goldfish crackers')]],
    ['remember that I\'m pescatarian', [pref('diet', 'pescatarian')]],
    ['we mostly shop at trader joes', [pref('store', "Trader Joe's")]],
    ['we shop at Aldi mostly', [pref('store', 'Aldi')]],
    ['Costco is where we shop', [pref('store', 'Costco')]],
    ['Heinz is my favourite', [pref('brand', 'Heinz')]],
    ["can't have gluten", [pref('diet', 'gluten free')]],
    ['no peanuts ever, my daughter is allergic', [pref('allergy', 'peanuts')]],
    ['we do our weekly shop at Tesco', [pref('store', 'Tesco')]],
    ["I can't abide cilantro", [pref('dislikes', 'cilantro')]],
    ['I am quite partial to strawberries', [pref('likes', 'strawberries')]],
    ['we only buy Heinz ketchup', [pref('brand', 'Heinz')]],
  ]);
  it('leaves "get great value milk" to the list: buying is not liking', () => {
    expect(understand('get great value milk').calls).toEqual([tool('add_to_list', { items: [{ name: 'milk', brand: 'Great Value' }] })]);
  });
  it('keeps a catalog phrase with "and" in it whole', () => {
    expect(understand('i love mac and cheese').calls).toEqual([pref('likes', 'mac and cheese')]);
  });
});

describe('sentences that only share words with shopping questions', () => {
  const shopping = new Set(['search_products', 'get_price', 'match_deals', 'find_substitutes', 'list_total', 'set_budget', 'track_price', 'remember_preference']);
  it.each(['watch out i forgot eggs', 'track down some saffron for me', 'i love you', 'my wife loves me', 'i hate mondays', 'i like to add milk every week',
    'how much do you weigh', 'price is right', 'add cheap cheese', 'we need a new budget planner', 'put the special k on my list'])('%s is no shopping question', (text) => {
    expect(understand(text).calls.filter((c) => shopping.has(c.name))).toEqual([]);
  });
});
