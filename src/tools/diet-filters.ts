import { allergenTagsFor, dietFlagFor, type PreferenceStore } from '../memory/index.js';

/**
 * What a person's stated diet and allergies rule out, in the catalog's terms: flags a product
 * must carry and allergens it must not contain. Someone allergic to nuts avoids peanuts too.
 * The words come from the preference memory's dietary rules, so both read "veggie" the same way.
 */
export function dietFilters(preferences: PreferenceStore, userId: number): { dietFlags: string[]; avoidAllergens: string[]; dislikedBrands: string[]; likedBrands: string[] } {
  const prefs = preferences.list(userId);
  const dietFlags = new Set<string>();
  const avoidAllergens = new Set<string>();
  for (const p of prefs) {
    const flag = p.kind === 'diet' ? dietFlagFor(p.value) : undefined;
    if (flag) dietFlags.add(flag);
    if (p.kind === 'allergy') for (const tag of allergenTagsFor(p.value)) avoidAllergens.add(tag);
  }
  return {
    dietFlags: [...dietFlags],
    avoidAllergens: [...avoidAllergens],
    dislikedBrands: prefs.filter((p) => p.kind === 'dislikes').map((p) => p.value),
    likedBrands: prefs.filter((p) => p.kind === 'brand').map((p) => p.value),
  };
}
