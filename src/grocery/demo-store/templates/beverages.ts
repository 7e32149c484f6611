import type { ProductTemplate } from '../product-template.js';

const VEGAN = 'vegetarian vegan dairy_free gluten_free';

/** Soda, water, juice, sports drinks, coffee and tea. */
export const BEVERAGES: ProductTemplate[] = [
  { category: 'soda', aisle: 'V1', price: 7.48, sizes: ['12 pk, 12 fl oz', '2 l', '6 pk, 16.9 fl oz'], diet: VEGAN, popularity: 85, aliases: ['coke', 'soft drinks', 'cola'],
    lines: { 'Coca-Cola': ['Classic Soda', 'Zero Sugar Soda', 'Diet Coke Soda'], 'Pepsi': ['Cola Soda', 'Zero Sugar Cola'], 'Dr Pepper': ['Soda', 'Zero Sugar Soda'], 'Sprite': ['Lemon Lime Soda'], 'Mountain Dew': ['Citrus Soda'], 'Canada Dry': ['Ginger Ale'], 'A&W': ['Root Beer'], 'Sam\'s Choice': ['Cola', 'Lemon Lime Soda'] } },
  { category: 'sparkling water', aisle: 'V1', price: 4.98, sizes: ['8 pk, 12 fl oz', '12 pk, 12 fl oz'], diet: VEGAN, popularity: 50, aliases: ['seltzer', 'la croix', 'club soda'],
    lines: { 'LaCroix': ['Lime Sparkling Water', 'Pamplemousse Sparkling Water', 'Pure Sparkling Water'], 'Bubly': ['Lime Sparkling Water', 'Blackberry Sparkling Water'], 'Clear American': ['Black Cherry Sparkling Water@33.8 fl oz', 'Key Lime Sparkling Water@33.8 fl oz'], 'Topo Chico': ['Mineral Water@12 pk, 12 fl oz'] } },
  { category: 'water', aisle: 'V1', price: 4.48, sizes: ['24 pk, 16.9 fl oz', '40 pk, 16.9 fl oz', '1 gal'], diet: VEGAN, popularity: 80, aliases: ['bottled water', 'water bottles'],
    lines: { 'Great Value': ['Purified Drinking Water', 'Distilled Water@1 gal', 'Spring Water@1 gal'], 'Aquafina': ['Purified Drinking Water'], 'Dasani': ['Purified Water'], 'Poland Spring': ['100% Natural Spring Water'], 'Smartwater': ['Vapor Distilled Water@6 pk, 23.7 fl oz'] } },
  { category: 'orange juice', aisle: 'V2', price: 3.98, sizes: ['52 fl oz', '89 fl oz'], diet: VEGAN, popularity: 70, aliases: ['oj', 'orange juice'],
    lines: { 'Tropicana': ['Pure Premium Original No Pulp Orange Juice', 'Pure Premium Some Pulp Orange Juice', 'Pure Premium Calcium + Vitamin D Orange Juice'], 'Simply': ['Orange Pulp Free Juice', 'Orange High Pulp Juice'], 'Minute Maid': ['Premium Original Orange Juice'], 'Great Value': ['100% Orange Juice No Pulp', '100% Orange Juice Pulp Free@128 fl oz'], 'Florida\'s Natural': ['Orange Juice No Pulp'] } },
  { category: 'juice', aisle: 'V2', price: 2.98, sizes: ['64 fl oz', '96 fl oz'], diet: VEGAN, popularity: 55, aliases: ['apple juice', 'juice boxes', 'cranberry juice', 'lemonade'],
    lines: { 'Mott\'s': ['100% Original Apple Juice'], 'Juicy Juice': ['100% Juice Fruit Punch@8 pk, 6.75 fl oz'], 'Ocean Spray': ['Cranberry Juice Cocktail', 'Cran-Grape Juice Drink'], 'Simply': ['Lemonade@52 fl oz', 'Apple Juice@52 fl oz'], 'Capri Sun': ['Pacific Cooler Juice Drink Pouches@10 pk, 6 fl oz'], 'Great Value': ['100% Apple Juice', 'Cranberry Juice Cocktail', 'Lemonade'] } },
  { category: 'sports drinks', aisle: 'V2', price: 5.98, sizes: ['8 pk, 20 fl oz', '28 fl oz'], diet: VEGAN, popularity: 50, aliases: ['gatorade', 'powerade', 'electrolyte drink'],
    lines: { 'Gatorade': ['Thirst Quencher Fruit Punch', 'Thirst Quencher Cool Blue', 'Zero Sugar Glacier Cherry'], 'Powerade': ['Mountain Berry Blast'], 'BodyArmor': ['Strawberry Banana Sports Drink@16 fl oz'], 'Propel': ['Berry Electrolyte Water@6 pk, 16.9 fl oz'] } },
  { category: 'energy drinks', aisle: 'V2', price: 2.48, sizes: ['16 fl oz', '4 pk, 16 fl oz'], diet: VEGAN, popularity: 40, aliases: ['energy drink', 'red bull', 'monster'],
    lines: { 'Red Bull': ['Energy Drink@8.4 fl oz/4 pk, 8.4 fl oz'], 'Monster Energy': ['Original Green Energy Drink', 'Zero Ultra Energy Drink'], 'Celsius': ['Sparkling Orange Energy Drink@12 fl oz'], 'Bang': ['Black Cherry Vanilla Energy Drink'] } },
  { category: 'coffee', aisle: 'V3', price: 8.98, sizes: ['12 oz', '24.2 oz'], diet: VEGAN, popularity: 75, aliases: ['ground coffee', 'coffee beans', 'k cups', 'kcups'],
    lines: { 'Folgers': ['Classic Roast Ground Coffee@25.9 oz/40.3 oz', 'Black Silk Dark Roast Ground Coffee@24.2 oz'], 'Maxwell House': ['Original Roast Ground Coffee@30.6 oz'], 'Starbucks': ['Pike Place Medium Roast Ground Coffee', 'French Roast Whole Bean Coffee', 'Pike Place K-Cup Pods@22 ct=16.98'], 'Dunkin\'': ['Original Blend Ground Coffee', 'Original Blend K-Cup Pods@22 ct=15.48'], 'Great Value': ['Classic Roast Ground Coffee@30.5 oz', 'Breakfast Blend K-Cup Pods@24 ct=10.98'], 'Café Bustelo': ['Espresso Style Dark Roast Ground Coffee@10 oz'] } },
  { category: 'instant coffee', aisle: 'V3', price: 5.98, sizes: ['8 oz'], diet: VEGAN, popularity: 25, aliases: ['cold brew', 'iced coffee'],
    lines: { 'Nescafé': ['Clasico Instant Coffee@7 oz'], 'Folgers': ['Classic Roast Instant Coffee@8 oz'], 'Starbucks': ['Frappuccino Mocha Chilled Coffee Drink@4 pk, 13.7 fl oz=7.98'], 'Stok': ['Cold Brew Coffee Unsweetened@48 fl oz=4.98'] } },
  { category: 'tea', aisle: 'V3', price: 3.48, sizes: ['100 ct', '20 ct'], diet: VEGAN, popularity: 45, aliases: ['tea bags', 'iced tea', 'green tea', 'sweet tea'],
    lines: { 'Lipton': ['Black Tea Bags', 'Green Tea Bags@40 ct'], 'Bigelow': ['Constant Comment Tea Bags@20 ct', 'Green Tea Bags@20 ct'], 'Celestial Seasonings': ['Sleepytime Herbal Tea@20 ct'], 'Luzianne': ['Iced Tea Bags@24 ct'], 'Pure Leaf': ['Sweet Tea@18.5 fl oz=1.98', 'Unsweetened Black Tea@18.5 fl oz=1.98'], 'Great Value': ['Black Tea Bags', 'Green Tea Bags@40 ct'] } },
];
