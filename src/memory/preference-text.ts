import type { MemoryRecord } from '../store/memory/index.js';
import type { PreferenceKind } from './preference-store.js';
import type { UsualChoice } from './product-habits.js';

const SENTENCES: Record<PreferenceKind, (v: string) => string> = {
  likes: (v) => `likes ${v}`,
  dislikes: (v) => `does not like ${v}; avoid ${v}`,
  diet: (v) => `diet: eats ${v}`,
  allergy: (v) => `allergic to ${v}; must avoid ${v}`,
  brand: (v) => `prefers the brand ${v}`,
  store: (v) => `shops at ${v}`,
};

/** The memory id of a preference, the same in every backend so writes replace, never duplicate. */
export function preferenceMemoryId(kind: PreferenceKind, value: string): string {
  return `pref:${kind}:${value}`;
}

/** A preference as a sentence the vector memory can match and an LLM can read. */
export function preferenceMemory(kind: PreferenceKind, value: string, source: 'stated' | 'learned'): MemoryRecord {
  return { id: preferenceMemoryId(kind, value), kind, text: SENTENCES[kind](value), metadata: { value, source } };
}

/** A person's usual product for a category as a memory ("usually buys Great Value 2% milk, 1 gal"). */
export function usualMemory(usual: UsualChoice): MemoryRecord {
  return {
    id: `usual:${usual.category.toLowerCase()}`,
    kind: 'usual',
    text: `usually buys ${usual.name} when buying ${usual.category}`,
    metadata: { productId: usual.productId, category: usual.category, ...(usual.brand ? { brand: usual.brand } : {}), ...(usual.size ? { size: usual.size } : {}) },
  };
}
