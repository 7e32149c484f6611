import type { ProductTemplate } from '../product-template.js';

const MEAT = 'gluten_free dairy_free';

/** Fresh meat, poultry, seafood, bacon and sausage. */
export const MEAT_SEAFOOD: ProductTemplate[] = [
  { category: 'ground beef', aisle: 'M1', price: 5.47, sizes: ['1 lb', '2.25 lb', '3 lb'], diet: MEAT, popularity: 88, volatile: true, aliases: ['hamburger meat', 'mince'],
    lines: { '': ['80% Lean / 20% Fat Ground Beef Chuck', '93% Lean / 7% Fat Ground Beef', '73% Lean / 27% Fat Ground Beef', '85% Lean / 15% Fat Ground Beef Round'], Marketside: ['Organic 85% Lean Ground Beef@1 lb'] } },
  { category: 'steak', aisle: 'M1', price: 11.97, sizes: ['1 lb', '2 lb'], diet: MEAT, popularity: 60, volatile: true, aliases: ['steaks'],
    lines: { '': ['Beef Choice Ribeye Steak', 'Beef Choice New York Strip Steak', 'Beef Choice Top Sirloin Steak', 'Beef Choice Flank Steak', 'Beef Choice Tenderloin Filet@8 oz'] } },
  { category: 'beef roast', aisle: 'M1', price: 16.97, sizes: ['2.5 lb', '3.5 lb'], diet: MEAT, popularity: 30, volatile: true,
    lines: { '': ['Beef Choice Chuck Roast', 'Beef Choice Eye of Round Roast', 'Beef Stew Meat@1 lb'] } },
  { category: 'pork chops', aisle: 'M1', price: 4.97, sizes: ['1.5 lb', '3 lb'], diet: MEAT, popularity: 45, volatile: true, aliases: ['pork'],
    lines: { '': ['Pork Boneless Center Cut Loin Chops', 'Pork Bone-In Center Cut Chops', 'Pork Tenderloin@1.25 lb', 'Pork Shoulder Butt Roast@4 lb', 'Pork Baby Back Ribs@2.5 lb'], 'Smithfield': ['Marinated Fresh Pork Loin Filet@1.4 lb'] } },
  { category: 'chicken breast', aisle: 'M2', price: 7.47, sizes: ['2.5 lb', '4.5 lb'], diet: MEAT, popularity: 90, volatile: true, aliases: ['chicken breasts', 'chicken'],
    lines: { 'Great Value': ['Boneless Skinless Chicken Breasts'], 'Tyson': ['Boneless Skinless Chicken Breasts', 'Thin Sliced Chicken Breasts@1.5 lb'], 'Perdue': ['Harvestland Organic Chicken Breasts@1.5 lb'], 'Freshness Guaranteed': ['Chicken Breast Tenderloins'] } },
  { category: 'chicken thighs', aisle: 'M2', price: 5.47, sizes: ['2.5 lb', '5 lb'], diet: MEAT, popularity: 60, volatile: true, aliases: ['chicken legs', 'drumsticks', 'chicken wings'],
    lines: { 'Great Value': ['Boneless Skinless Chicken Thighs', 'Chicken Drumsticks', 'Bone-In Chicken Thighs'], 'Tyson': ['Fresh Chicken Wings', 'Boneless Skinless Chicken Thighs'], '': ['Whole Fryer Chicken@5 lb'] } },
  { category: 'ground turkey', aisle: 'M2', price: 4.98, sizes: ['1 lb', '3 lb'], diet: MEAT, popularity: 45, volatile: true,
    lines: { 'Jennie-O': ['93% Lean Ground Turkey', '99% Lean Ground Turkey Breast', 'Italian Seasoned Turkey Sausage@19.5 oz'], 'Great Value': ['85% Lean Ground Turkey'], Butterball: ['All Natural 93/7 Ground Turkey'] } },
  { category: 'salmon', aisle: 'M3', price: 8.97, sizes: ['1 lb', '2 lb'], diet: MEAT, allergens: 'fish', popularity: 50, volatile: true, aliases: ['salmon fillet'],
    lines: { 'Great Value': ['Frozen Atlantic Salmon Fillets', 'Frozen Wild Caught Pink Salmon Fillets'], 'Sam\'s Choice': ['Wild Alaskan Sockeye Salmon Fillets'], '': ['Fresh Atlantic Salmon Fillet', 'Fresh Atlantic Salmon Portions@12 oz'] } },
  { category: 'shrimp', aisle: 'M3', price: 7.97, sizes: ['12 oz', '2 lb'], diet: MEAT, allergens: 'shellfish', popularity: 50, volatile: true, aliases: ['prawns'],
    lines: { 'Great Value': ['Frozen Cooked Medium Shrimp, Tail-On', 'Frozen Raw Large Shrimp, Peeled & Deveined', 'Frozen Raw Jumbo Shrimp'], 'Sam\'s Choice': ['Frozen Wild Argentine Red Shrimp'], 'SeaPak': ['Jumbo Butterfly Shrimp@18 oz'] } },
  { category: 'fish fillets', aisle: 'M3', price: 6.47, sizes: ['1 lb', '2 lb'], diet: MEAT, allergens: 'fish', popularity: 35, volatile: true, aliases: ['tilapia', 'cod', 'fish'],
    lines: { 'Great Value': ['Frozen Tilapia Fillets', 'Frozen Wild Caught Cod Fillets', 'Frozen Swai Fillets'], 'Gorton\'s': ['Crunchy Breaded Fish Fillets@24.5 oz', 'Beer Battered Fish Fillets@19 oz'] } },
  { category: 'bacon', aisle: 'M4', price: 5.98, sizes: ['12 oz', '16 oz', '24 oz'], diet: MEAT, popularity: 80,
    lines: { 'Great Value': ['Hickory Smoked Bacon', 'Thick Sliced Bacon', 'Lower Sodium Bacon'], 'Oscar Mayer': ['Naturally Hardwood Smoked Bacon', 'Thick Cut Bacon'], Wright: ['Hickory Smoked Thick Cut Bacon@24 oz'], Smithfield: ['Hometown Original Bacon'], 'Butterball': ['Turkey Bacon@12 oz'] } },
  { category: 'sausage', aisle: 'M4', price: 4.48, sizes: ['12 oz', '19 oz'], diet: MEAT, popularity: 60, aliases: ['breakfast sausage', 'sausages'],
    lines: { 'Jimmy Dean': ['Original Pork Sausage Roll@16 oz', 'Fully Cooked Original Pork Sausage Links@9.6 oz'], Johnsonville: ['Original Breakfast Sausage Links', 'Original Bratwurst', 'Mild Italian Sausage'], 'Hillshire Farm': ['Smoked Sausage Rope@14 oz', 'Polska Kielbasa@14 oz'], 'Great Value': ['Original Pork Sausage Patties'] } },
  { category: 'hot dogs', aisle: 'M4', price: 3.48, sizes: ['8 ct', '16 ct'], diet: 'gluten_free', popularity: 55, aliases: ['franks', 'wieners'],
    lines: { 'Oscar Mayer': ['Classic Beef Franks', 'Classic Wieners'], 'Ball Park': ['Beef Franks', 'Bun Size Classic Franks'], 'Nathan\'s Famous': ['Skinless Beef Franks'], 'Great Value': ['Beef Franks', 'Meat Franks'] } },
];
