import type { ProductTemplate } from '../product-template.js';

const VEGAN = 'vegetarian vegan dairy_free';

/** Pasta, rice, baking, oils, spices and spreads. */
export const PANTRY: ProductTemplate[] = [
  { category: 'pasta', aisle: 'N1', price: 1.28, sizes: ['16 oz', '32 oz'], diet: VEGAN, allergens: 'wheat', popularity: 75, aliases: ['spaghetti', 'noodles', 'penne'],
    lines: { 'Barilla': ['Spaghetti', 'Penne Rigate', 'Rotini', 'Elbows', 'Protein+ Spaghetti@14.5 oz', 'Gluten Free Penne@12 oz'], 'Great Value': ['Spaghetti', 'Penne Rigate', 'Elbow Macaroni', 'Egg Noodles@12 oz', 'Angel Hair'], 'Ronzoni': ['Thin Spaghetti'] } },
  { category: 'mac and cheese', aisle: 'N1', price: 1.12, sizes: ['7.25 oz', '5 pk, 7.25 oz'], diet: 'vegetarian', allergens: 'wheat milk', popularity: 72, aliases: ['macaroni and cheese', 'mac n cheese', 'kraft dinner'],
    lines: { 'Kraft': ['Original Macaroni & Cheese Dinner', 'Deluxe Original Cheddar Macaroni & Cheese@14 oz', 'Spirals Macaroni & Cheese@5.5 oz'], 'Velveeta': ['Shells & Cheese Original@12 oz'], 'Annie\'s': ['Shells & White Cheddar Macaroni & Cheese@6 oz', 'Organic Classic Mild Cheddar Mac & Cheese@6 oz'], 'Great Value': ['Original Macaroni & Cheese'] } },
  { category: 'rice', aisle: 'N1', price: 2.98, sizes: ['2 lb', '5 lb', '20 lb'], diet: VEGAN + ' gluten_free', popularity: 70, aliases: ['white rice', 'brown rice', 'jasmine rice'],
    lines: { 'Great Value': ['Long Grain Enriched White Rice', 'Long Grain Brown Rice', 'Jasmine Rice', 'Instant White Rice@14 oz'], 'Mahatma': ['Jasmine Rice', 'Extra Long Grain White Rice'], 'Ben\'s Original': ['Ready Rice Jasmine@8.5 oz', 'Original Long Grain White Rice'], 'Minute': ['Instant White Rice@28 oz'] } },
  { category: 'flour', aisle: 'N2', price: 2.98, sizes: ['5 lb', '10 lb'], diet: VEGAN, allergens: 'wheat', popularity: 45, aliases: ['all purpose flour'],
    lines: { 'Great Value': ['All Purpose Flour', 'Self Rising Flour', 'Bread Flour'], 'Gold Medal': ['All-Purpose Flour', 'Unbleached Flour'], 'King Arthur': ['Unbleached All-Purpose Flour'] } },
  { category: 'sugar', aisle: 'N2', price: 3.48, sizes: ['4 lb', '10 lb'], diet: VEGAN + ' gluten_free', popularity: 50, aliases: ['granulated sugar', 'brown sugar', 'powdered sugar'],
    lines: { 'Great Value': ['Pure Granulated Sugar', 'Light Brown Sugar@2 lb', 'Powdered Sugar@2 lb'], 'Domino': ['Premium Pure Cane Granulated Sugar', 'Dark Brown Sugar@2 lb'], 'C&H': ['Pure Cane Granulated Sugar'] } },
  { category: 'baking mixes', aisle: 'N2', price: 1.48, sizes: ['15.25 oz'], diet: 'vegetarian', allergens: 'wheat', popularity: 35, aliases: ['cake mix', 'brownie mix'],
    lines: { 'Betty Crocker': ['Super Moist Yellow Cake Mix', 'Super Moist Chocolate Fudge Cake Mix', 'Fudge Brownie Mix@18.3 oz'], 'Duncan Hines': ['Classic Yellow Cake Mix'], 'Pillsbury': ['Funfetti Cake Mix'], 'Great Value': ['Fudge Brownie Mix@18.3 oz'] } },
  { category: 'baking supplies', aisle: 'N2', price: 2.48, sizes: ['8 oz', '16 oz'], diet: VEGAN, popularity: 30, aliases: ['baking soda', 'baking powder', 'vanilla extract', 'yeast'],
    lines: { 'Arm & Hammer': ['Pure Baking Soda'], 'Clabber Girl': ['Double Acting Baking Powder@8.1 oz'], 'McCormick': ['Pure Vanilla Extract@2 fl oz=8.98'], 'Fleischmann\'s': ['Active Dry Yeast@4 oz=5.98'], 'Great Value': ['Baking Soda', 'Pure Vanilla Extract@2 fl oz=5.48'] } },
  { category: 'chocolate chips', aisle: 'N2', price: 2.98, sizes: ['12 oz', '24 oz'], diet: 'vegetarian', allergens: 'milk soy', popularity: 35,
    lines: { 'Nestle Toll House': ['Semi-Sweet Chocolate Morsels', 'Milk Chocolate Morsels'], 'Great Value': ['Semi-Sweet Chocolate Chips', 'Milk Chocolate Chips'], 'Ghirardelli': ['Semi-Sweet Chocolate Premium Baking Chips@11.5 oz'] } },
  { category: 'cooking oil', aisle: 'N3', price: 3.98, sizes: ['48 fl oz', '1 gal'], diet: VEGAN + ' gluten_free', popularity: 55, aliases: ['vegetable oil', 'canola oil', 'oil'],
    lines: { 'Great Value': ['Vegetable Oil', 'Canola Oil', 'Corn Oil'], 'Crisco': ['Pure Vegetable Oil', 'Pure Canola Oil'], 'Wesson': ['Vegetable Oil'], 'Pam': ['Original No-Stick Cooking Spray@6 oz=3.98'] } },
  { category: 'olive oil', aisle: 'N3', price: 6.98, sizes: ['17 fl oz', '51 fl oz'], diet: VEGAN + ' gluten_free', popularity: 50, aliases: ['evoo', 'extra virgin olive oil'],
    lines: { 'Great Value': ['Extra Virgin Olive Oil', 'Light Tasting Olive Oil'], 'Bertolli': ['Extra Virgin Olive Oil'], 'Pompeian': ['Smooth Extra Virgin Olive Oil'], 'California Olive Ranch': ['Extra Virgin Olive Oil@16.9 fl oz'] } },
  { category: 'spices', aisle: 'N3', price: 1.48, sizes: ['2 oz', '6 oz'], diet: VEGAN + ' gluten_free', popularity: 40, aliases: ['seasoning', 'cinnamon', 'garlic powder', 'paprika', 'cumin'],
    lines: { 'McCormick': ['Ground Cinnamon', 'Garlic Powder', 'Paprika', 'Ground Cumin', 'Chili Powder', 'Italian Seasoning'], 'Great Value': ['Ground Cinnamon', 'Garlic Powder', 'Onion Powder', 'Crushed Red Pepper'], 'Lawry\'s': ['Seasoned Salt@8 oz'] } },
  { category: 'salt and pepper', aisle: 'N3', price: 0.98, sizes: ['26 oz'], diet: VEGAN + ' gluten_free', popularity: 45, aliases: ['salt', 'black pepper', 'pepper'],
    lines: { 'Morton': ['Iodized Salt', 'Kosher Salt@48 oz'], 'Great Value': ['Iodized Salt', 'Ground Black Pepper@6 oz=3.48', 'Sea Salt Grinder@3.9 oz'], 'McCormick': ['Pure Ground Black Pepper@3 oz/6 oz=4.48'] } },
  { category: 'peanut butter', aisle: 'N4', price: 2.98, sizes: ['16 oz', '40 oz'], diet: VEGAN + ' gluten_free', allergens: 'peanuts', popularity: 75, aliases: ['pb'],
    lines: { 'Jif': ['Creamy Peanut Butter', 'Extra Crunchy Peanut Butter', 'Natural Creamy Peanut Butter'], 'Skippy': ['Creamy Peanut Butter', 'Super Chunk Peanut Butter'], 'Peter Pan': ['Creamy Original Peanut Butter'], 'Great Value': ['Creamy Peanut Butter', 'Crunchy Peanut Butter', 'Natural Creamy Peanut Butter'] } },
  { category: 'jelly', aisle: 'N4', price: 2.48, sizes: ['18 oz', '30 oz'], diet: VEGAN + ' gluten_free', popularity: 50, aliases: ['jam', 'preserves', 'pb&j'],
    lines: { 'Smucker\'s': ['Concord Grape Jelly', 'Strawberry Jam', 'Seedless Blackberry Jam'], 'Welch\'s': ['Concord Grape Jelly'], 'Great Value': ['Grape Jelly', 'Strawberry Preserves'], 'Bonne Maman': ['Strawberry Preserves@13 oz'] } },
  { category: 'nut spreads', aisle: 'N4', price: 3.98, sizes: ['13 oz', '26.5 oz'], diet: 'vegetarian gluten_free', allergens: 'tree_nuts milk soy', popularity: 35, aliases: ['nutella', 'almond butter'],
    lines: { 'Nutella': ['Hazelnut Spread with Cocoa'], 'Justin\'s': ['Classic Almond Butter@12 oz'], 'Great Value': ['Hazelnut Spread with Cocoa'] } },
  { category: 'honey', aisle: 'N4', price: 4.48, sizes: ['12 oz', '32 oz'], diet: 'vegetarian gluten_free dairy_free', popularity: 35,
    lines: { 'Great Value': ['Pure Clover Honey'], 'Sue Bee': ['Clover Honey Bear'], 'Nature Nate\'s': ['100% Pure Raw & Unfiltered Honey'] } },
];
