/**
 * What stated diets and allergies mean in the catalog's terms: the diet flags a product must
 * carry and the allergen tags it must not. (The same words `tools/diet-filters.ts` knows; it can
 * import these instead of keeping its own copy.)
 */

/** Diet words people use -> the catalog's diet flag. */
export const DIET_FLAGS: Readonly<Record<string, string>> = {
  vegetarian: 'vegetarian',
  veggie: 'vegetarian',
  vegan: 'vegan',
  'plant based': 'vegan',
  'gluten free': 'gluten_free',
  'gluten-free': 'gluten_free',
  celiac: 'gluten_free',
  coeliac: 'gluten_free',
  'dairy free': 'dairy_free',
  'dairy-free': 'dairy_free',
  'lactose free': 'dairy_free',
  'lactose intolerant': 'dairy_free',
  organic: 'organic',
};

/** Allergy words people use -> the catalog's allergen tags. */
export const ALLERGEN_TAGS: Readonly<Record<string, readonly string[]>> = {
  peanut: ['peanuts'],
  peanuts: ['peanuts'],
  // Someone who says "nuts" is told to avoid both; peanuts are legumes but nobody means that.
  nut: ['tree_nuts', 'peanuts'],
  nuts: ['tree_nuts', 'peanuts'],
  'tree nut': ['tree_nuts'],
  'tree nuts': ['tree_nuts'],
  almond: ['tree_nuts'],
  almonds: ['tree_nuts'],
  cashews: ['tree_nuts'],
  walnuts: ['tree_nuts'],
  milk: ['milk'],
  dairy: ['milk'],
  lactose: ['milk'],
  egg: ['egg'],
  eggs: ['egg'],
  wheat: ['wheat'],
  gluten: ['wheat'],
  soy: ['soy'],
  fish: ['fish'],
  shellfish: ['shellfish'],
  shrimp: ['shellfish'],
  sesame: ['sesame'],
};

/** The diet flag a stated diet requires ("veggie" -> "vegetarian"), or undefined for diets the catalog does not tag ("keto"). */
export function dietFlagFor(value: string): string | undefined {
  return DIET_FLAGS[value.trim().toLowerCase()];
}

/** The allergen tags an allergy rules out ("nuts" -> tree_nuts and peanuts); empty for allergies the catalog does not tag ("kiwi"). */
export function allergenTagsFor(value: string): readonly string[] {
  const v = value.trim().toLowerCase().replace(/^(?:an? )?allergy to |^allergic to /, '');
  return ALLERGEN_TAGS[v] ?? ALLERGEN_TAGS[v.replace(/s$/, '')] ?? [];
}
