import type { PreferenceStore } from '../memory/index.js';

/** Diet words people use, mapped to the catalog's diet flags. */
const DIETS: Record<string, string> = {
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

/** Allergy words people use, mapped to the catalog's allergen tags. */
const ALLERGENS: Record<string, string> = {
  peanut: 'peanuts',
  peanuts: 'peanuts',
  nut: 'tree_nuts',
  nuts: 'tree_nuts',
  'tree nut': 'tree_nuts',
  'tree nuts': 'tree_nuts',
  almonds: 'tree_nuts',
  milk: 'milk',
  dairy: 'milk',
  lactose: 'milk',
  egg: 'egg',
  eggs: 'egg',
  wheat: 'wheat',
  gluten: 'wheat',
  soy: 'soy',
  fish: 'fish',
  shellfish: 'shellfish',
  shrimp: 'shellfish',
  sesame: 'sesame',
};

/**
 * What a person's stated diet and allergies rule out, in the catalog's terms: flags a product
 * must carry and allergens it must not contain. Someone allergic to nuts avoids peanuts too.
 */
export function dietFilters(preferences: PreferenceStore, userId: number): { dietFlags: string[]; avoidAllergens: string[]; dislikedBrands: string[]; likedBrands: string[] } {
  const prefs = preferences.list(userId);
  const dietFlags = new Set<string>();
  const avoidAllergens = new Set<string>();
  for (const p of prefs) {
    if (p.kind === 'diet' && DIETS[p.value]) dietFlags.add(DIETS[p.value]!);
    if (p.kind === 'allergy') {
      const tag = ALLERGENS[p.value] ?? ALLERGENS[p.value.replace(/s$/, '')];
      if (tag) avoidAllergens.add(tag);
      if (tag === 'tree_nuts' && /^nuts?$/.test(p.value)) avoidAllergens.add('peanuts');
    }
  }
  return {
    dietFlags: [...dietFlags],
    avoidAllergens: [...avoidAllergens],
    dislikedBrands: prefs.filter((p) => p.kind === 'dislikes').map((p) => p.value),
    likedBrands: prefs.filter((p) => p.kind === 'brand').map((p) => p.value),
  };
}
