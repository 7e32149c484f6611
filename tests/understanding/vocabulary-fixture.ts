/** A small catalog vocabulary for the understanding tests (the demo store's words, abridged). */
export const VOCABULARY = {
  itemPhrases: ['milk', 'whole milk', 'eggs', 'egg', 'bread', 'bananas', 'mac and cheese', 'salt and pepper', 'half and half', 'peanut butter',
    'peanut butter and jelly', 'paper towels', 'ketchup', 'coffee', 'tide', 'oreos', 'cheerios', 'coke', 'bagels', 'yogurt', 'tomatoes',
    'chicken breasts', 'strawberries', 'cilantro', 'butter', 'apples', 'chips', 'onions', 'ground beef', 'chicken', 'cereal', 'rice', 'pasta',
    'cheese', 'soup', 'chicken noodle soup', 'salt and vinegar chips', 'toilet paper', 'orange juice', 'oj', 'coffee creamer', 'dog food', 'jelly', 'carrots', 'baking soda', 'ice cream'],
  brands: ['Great Value', 'Heinz', 'Horizon', "Eggland's Best", 'Kraft', 'Tide', 'Oreo', 'Cheerios', "Ben & Jerry's", 'Arm & Hammer'],
  categories: ['eggs', 'milk', 'bread', 'produce'],
};
