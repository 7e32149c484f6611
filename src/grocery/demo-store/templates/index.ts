import type { ProductTemplate } from '../product-template.js';
import { BABY_PET } from './baby-pet.js';
import { BAKERY_DELI } from './bakery-deli.js';
import { BEVERAGES } from './beverages.js';
import { CANNED_CONDIMENTS } from './canned-condiments.js';
import { DAIRY_EGGS } from './dairy-eggs.js';
import { FROZEN_BREAKFAST } from './frozen-breakfast.js';
import { HOUSEHOLD } from './household.js';
import { MEAT_SEAFOOD } from './meat-seafood.js';
import { MORE_AISLES } from './more-aisles.js';
import { PANTRY } from './pantry.js';
import { PERSONAL_CARE } from './personal-care.js';
import { PRODUCE } from './produce.js';
import { SNACKS } from './snacks.js';

/** Every product template of the demo store. Order matters: it fixes SKUs and the PRNG stream. */
export const ALL_TEMPLATES: readonly ProductTemplate[] = [
  ...PRODUCE, ...BAKERY_DELI, ...MEAT_SEAFOOD, ...DAIRY_EGGS, ...FROZEN_BREAKFAST, ...PANTRY,
  ...CANNED_CONDIMENTS, ...SNACKS, ...BEVERAGES, ...HOUSEHOLD, ...PERSONAL_CARE, ...BABY_PET,
  ...MORE_AISLES,
];
