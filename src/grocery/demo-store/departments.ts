/** A department with its aisles, both listed in the order a shopper walks the store. */
export interface DepartmentDef {
  slug: string;
  name: string;
  aisles: { code: string; name: string }[];
}

/** The demo store's floor plan: departments and aisles in walking order. */
export const DEPARTMENTS: readonly DepartmentDef[] = [
  { slug: 'produce', name: 'Produce', aisles: [
    { code: 'P1', name: 'Fresh Fruit' }, { code: 'P2', name: 'Fresh Vegetables' }, { code: 'P3', name: 'Salads & Herbs' } ] },
  { slug: 'bakery', name: 'Bakery', aisles: [{ code: 'B1', name: 'Bread' }, { code: 'B2', name: 'Cakes, Pies & Sweets' }] },
  { slug: 'deli', name: 'Deli', aisles: [{ code: 'D1', name: 'Deli Meats & Cheeses' }, { code: 'D2', name: 'Prepared Foods & Dips' }] },
  { slug: 'meat-seafood', name: 'Meat & Seafood', aisles: [
    { code: 'M1', name: 'Beef & Pork' }, { code: 'M2', name: 'Chicken & Turkey' }, { code: 'M3', name: 'Seafood' },
    { code: 'M4', name: 'Bacon, Sausage & Hot Dogs' } ] },
  { slug: 'dairy-eggs', name: 'Dairy & Eggs', aisles: [
    { code: 'E1', name: 'Milk & Cream' }, { code: 'E2', name: 'Eggs & Butter' }, { code: 'E3', name: 'Cheese' },
    { code: 'E4', name: 'Yogurt' } ] },
  { slug: 'frozen', name: 'Frozen', aisles: [
    { code: 'F1', name: 'Frozen Meals & Pizza' }, { code: 'F2', name: 'Frozen Vegetables & Fruit' },
    { code: 'F3', name: 'Ice Cream & Desserts' } ] },
  { slug: 'breakfast-cereal', name: 'Breakfast & Cereal', aisles: [{ code: 'C1', name: 'Cereal & Oatmeal' }, { code: 'C2', name: 'Pancakes, Syrup & Bars' }] },
  { slug: 'pantry', name: 'Pantry', aisles: [
    { code: 'N1', name: 'Pasta & Rice' }, { code: 'N2', name: 'Baking' }, { code: 'N3', name: 'Oils, Spices & Seasonings' },
    { code: 'N4', name: 'Peanut Butter, Jelly & Spreads' } ] },
  { slug: 'canned-goods', name: 'Canned Goods & Soups', aisles: [{ code: 'G1', name: 'Canned Vegetables & Beans' }, { code: 'G2', name: 'Soup & Canned Meals' }] },
  { slug: 'condiments', name: 'Condiments & Sauces', aisles: [{ code: 'K1', name: 'Condiments & Dressings' }, { code: 'K2', name: 'Pasta Sauce & Salsa' }] },
  { slug: 'international', name: 'International', aisles: [{ code: 'I1', name: 'Hispanic Foods' }, { code: 'I2', name: 'Asian Foods' }] },
  { slug: 'snacks', name: 'Snacks & Candy', aisles: [
    { code: 'S1', name: 'Chips & Pretzels' }, { code: 'S2', name: 'Cookies & Crackers' }, { code: 'S3', name: 'Candy & Nuts' } ] },
  { slug: 'beverages', name: 'Beverages', aisles: [
    { code: 'V1', name: 'Soda & Water' }, { code: 'V2', name: 'Juice & Sports Drinks' }, { code: 'V3', name: 'Coffee & Tea' } ] },
  { slug: 'household', name: 'Household Essentials', aisles: [
    { code: 'H1', name: 'Paper & Plastic' }, { code: 'H2', name: 'Laundry' }, { code: 'H3', name: 'Cleaning & Dish' } ] },
  { slug: 'personal-care', name: 'Personal Care', aisles: [{ code: 'R1', name: 'Oral Care & Deodorant' }, { code: 'R2', name: 'Hair & Body' }] },
  { slug: 'health', name: 'Health & Wellness', aisles: [{ code: 'W1', name: 'Pain Relief & Cold' }, { code: 'W2', name: 'Vitamins & First Aid' }] },
  { slug: 'baby', name: 'Baby', aisles: [{ code: 'Y1', name: 'Diapers & Wipes' }, { code: 'Y2', name: 'Baby Food & Formula' }] },
  { slug: 'pet', name: 'Pet', aisles: [{ code: 'T1', name: 'Dog' }, { code: 'T2', name: 'Cat' }] },
];
