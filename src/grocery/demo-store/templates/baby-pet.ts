import type { ProductTemplate } from '../product-template.js';

/** Baby care and pet supplies. */
export const BABY_PET: ProductTemplate[] = [
  { category: 'diapers', aisle: 'Y1', price: 27.97, sizes: ['Size 3, 84 ct', 'Size 4, 74 ct', 'Size 5, 64 ct'], popularity: 55, aliases: ['nappies', 'pull ups'],
    lines: { 'Pampers': ['Swaddlers Diapers', 'Cruisers 360 Diapers', 'Baby Dry Diapers'], 'Huggies': ['Little Snugglers Baby Diapers', 'Little Movers Baby Diapers', 'Snug & Dry Baby Diapers'], 'Luvs': ['Pro Level Leak Protection Diapers'], 'Parent\'s Choice': ['Dry & Gentle Diapers'] } },
  { category: 'baby wipes', aisle: 'Y1', price: 6.97, sizes: ['3 pk, 56 ct', '10 pk, 56 ct'], popularity: 50, aliases: ['wipes'],
    lines: { 'Pampers': ['Sensitive Baby Wipes, Unscented', 'Aqua Pure Baby Wipes'], 'Huggies': ['Natural Care Sensitive Baby Wipes'], 'WaterWipes': ['Original Baby Wipes@4 pk, 60 ct'], 'Parent\'s Choice': ['Fragrance Free Baby Wipes'] } },
  { category: 'baby formula', aisle: 'Y2', price: 29.97, sizes: ['20.6 oz', '31 oz'], popularity: 40, aliases: ['formula', 'infant formula'], allergens: 'milk soy',
    lines: { 'Similac': ['Pro-Advance Infant Formula Powder', 'Sensitive Infant Formula Powder'], 'Enfamil': ['NeuroPro Infant Formula Powder', 'Gentlease Infant Formula Powder'], 'Parent\'s Choice': ['Advantage Infant Formula Powder', 'Sensitivity Infant Formula Powder'] } },
  { category: 'baby food', aisle: 'Y2', price: 1.48, sizes: ['4 oz', '2 pk, 4 oz'], diet: 'vegetarian gluten_free', popularity: 35, aliases: ['baby puree', 'baby snacks'],
    lines: { 'Gerber': ['2nd Foods Banana Baby Food', '2nd Foods Sweet Potato Baby Food', 'Lil\' Crunchies Mild Cheddar@1.48 oz', 'Puffs Banana Cereal Snack@1.48 oz'], 'Happy Baby': ['Organics Pears, Kale & Spinach Pouch'], 'Beech-Nut': ['Naturals Apple & Pumpkin Jar'], 'Parent\'s Choice': ['Organic Apple Banana Pouch'] } },
  { category: 'dog food', aisle: 'T1', price: 14.98, sizes: ['16 lb', '30 lb'], popularity: 55, aliases: ['dry dog food', 'kibble'],
    lines: { 'Purina Dog Chow': ['Complete Adult Dry Dog Food'], 'Pedigree': ['Complete Nutrition Adult Dry Dog Food', 'Chopped Ground Dinner Wet Dog Food@12 pk, 13.2 oz'], 'Blue Buffalo': ['Life Protection Formula Chicken & Brown Rice@15 lb/30 lb'], 'Purina Pro Plan': ['Adult Chicken & Rice Formula@18 lb'], 'Ol\' Roy': ['Complete Nutrition Dry Dog Food@15 lb/50 lb'], 'Pure Balance': ['Chicken & Brown Rice Dry Dog Food@15 lb/24 lb'] } },
  { category: 'dog treats', aisle: 'T1', price: 5.98, sizes: ['8 oz', '24 oz'], popularity: 35, aliases: ['dog bones', 'milk-bone'],
    lines: { 'Milk-Bone': ['Original Dog Biscuits', 'MaroSnacks Dog Treats'], 'Pup-Peroni': ['Original Beef Flavor Dog Treats'], 'Greenies': ['Original Regular Dental Dog Treats@12 oz'], 'Ol\' Roy': ['Basted Biscuits Dog Treats@4 lb=7.98'] } },
  { category: 'cat food', aisle: 'T2', price: 9.98, sizes: ['3.15 lb', '16 lb'], popularity: 50, aliases: ['dry cat food', 'wet cat food'],
    lines: { 'Purina Cat Chow': ['Complete Dry Cat Food'], 'Meow Mix': ['Original Choice Dry Cat Food'], 'Friskies': ['Seafood Sensations Dry Cat Food', 'Pate Wet Cat Food Variety Pack@24 pk, 5.5 oz'], 'Fancy Feast': ['Classic Pate Wet Cat Food Variety Pack@12 pk, 3 oz'], 'Special Kitty': ['Original Dry Cat Food@18 lb', 'Pate Wet Cat Food Variety Pack@24 pk, 5.5 oz'], 'Iams': ['ProActive Health Adult Indoor Dry Cat Food@7 lb'] } },
  { category: 'cat litter', aisle: 'T2', price: 12.98, sizes: ['20 lb', '40 lb'], popularity: 40, aliases: ['kitty litter', 'litter'],
    lines: { 'Tidy Cats': ['Clumping Cat Litter, 24/7 Performance'], 'Fresh Step': ['Clumping Cat Litter, Multi-Cat'], 'Arm & Hammer': ['Clump & Seal Platinum Cat Litter'], 'Special Kitty': ['Clumping Cat Litter, Scented'] } },
];
