import { parseSize, unitPriceOf, type PackageSize } from '../catalog/package-size.js';
import { DEPARTMENTS } from './departments.js';
import { generatePriceSeries, shelfPrice, type PriceStory } from './price-history.js';
import { STORE_BRANDS, type ProductTemplate } from './product-template.js';
import { createPrng, hashString, type Prng } from './prng.js';
import { ALL_TEMPLATES } from './templates/index.js';

/** Days of daily price history generated for every product, ending today. */
export const HISTORY_DAYS = 120;

/** One generated product, before it has a database id. */
export interface DemoProduct {
  sku: string;
  name: string;
  brand: string | null;
  isStoreBrand: boolean;
  category: string;
  departmentSlug: string;
  aisleCode: string;
  size: PackageSize | undefined;
  priceCents: number;
  wasPriceCents: number | null;
  unitPrice: { millicents: number; unit: string } | null;
  inStock: boolean;
  rating: number;
  reviewCount: number;
  dietFlags: string[];
  allergens: string[];
  popularity: number;
  aliases: string[];
  story: PriceStory;
  /** Daily prices in cents, oldest first; the last one is today's. */
  history: number[];
}

const MULTIPACK_DEPARTMENTS = new Set([
  'pantry', 'canned-goods', 'condiments', 'international', 'snacks', 'beverages', 'household', 'personal-care',
  'health', 'breakfast-cereal', 'baby', 'pet', 'frozen',
]);

const AISLE_DEPARTMENT = new Map(DEPARTMENTS.flatMap((d) => d.aisles.map((a) => [a.code, d.slug] as const)));

/**
 * Expands the template tables into products with prices and price histories. Pure and
 * deterministic: the same seed gives the same store, byte for byte.
 */
export function generateDemoProducts(seed = 1): DemoProduct[] {
  return [...eachDemoProduct(seed)];
}

/**
 * The same products as {@link generateDemoProducts}, in the same order, one at a time: the seeder
 * writes each and lets it go, so a first start never holds the whole store (and its price
 * histories) in memory at once, and the heap does not grow to hold it.
 */
export function* eachDemoProduct(seed = 1): Generator<DemoProduct> {
  const rng = createPrng(seed);
  let n = 0;
  for (const t of ALL_TEMPLATES) {
    const departmentSlug = AISLE_DEPARTMENT.get(t.aisle);
    if (!departmentSlug) throw new Error(`demo template ${t.category} names unknown aisle ${t.aisle}`);
    for (const [brand, lines] of Object.entries(t.lines)) {
      for (const [lineIndex, line] of lines.entries()) {
        const { title, sizes, anchor } = readLine(t, brand, line);
        // Shelf-stable goods are also sold as multipacks ("Pack of 2"), as on a real store's site.
        if (MULTIPACK_DEPARTMENTS.has(departmentSlug) && !/pk|pack/.test(sizes[0]!)) sizes.push(`${2 + (lines.length % 2)} pk, ${sizes[0]}`);
        for (const [i, sizeText] of sizes.entries()) {
          n += 1;
          yield makeProduct(t, brand, title, sizeText, anchor, i, lineIndex, departmentSlug, rng, n);
        }
      }
    }
  }
}

/**
 * What every size of a product line is priced from: a shelf price in dollars for one size. A line
 * that names its own price ("Crunchy Taco Shells@12 ct=2.48") is priced from that, for its first
 * size; other lines from the template's price for its first size, less for store brands.
 */
interface PriceAnchor {
  dollars: number;
  size: PackageSize | undefined;
}

/** Splits "Title@size/size=price" into its parts; sizes default to the template's. */
function readLine(t: ProductTemplate, brand: string, line: string): { title: string; sizes: string[]; anchor: PriceAnchor } {
  const [named, price] = line.split('=') as [string, string | undefined];
  const [title, own] = named.split('@') as [string, string | undefined];
  const sizes = own ? own.split('/') : [...t.sizes];
  if (price !== undefined) {
    const dollars = Number(price);
    if (!(dollars > 0)) throw new Error(`demo template ${t.category}: "${line}" has no price after "="`);
    return { title, sizes, anchor: { dollars, size: parseSize(sizes[0]!) } };
  }
  return { title, sizes, anchor: { dollars: t.price * brandFactor(brand, t.category), size: parseSize(t.sizes[0]!) } };
}

/** The first line in its first size is the everyday pick, so it gets the most popularity. */
function makeProduct(
  t: ProductTemplate, brand: string, title: string, sizeText: string, anchor: PriceAnchor, sizeIndex: number, lineIndex: number,
  departmentSlug: string, rng: Prng, n: number,
): DemoProduct {
  const isStoreBrand = STORE_BRANDS.has(brand);
  const name = `${brand ? `${brand} ` : ''}${title}, ${sizeText}`;
  const size = parseSize(sizeText);
  const factor = sizeFactor(t, size, anchor.size, sizeIndex);
  if (factor === undefined) {
    throw new Error(`demo template ${t.category}: "${name}" can't be priced from ${anchor.size?.text ?? 'an unsized price'}; give its line its own price ("Title@${sizeText}=2.98")`);
  }
  const baseCents = shelfPrice(anchor.dollars * 100 * factor * rng.between(0.92, 1.1), rng);
  const series = generatePriceSeries(baseCents, HISTORY_DAYS, rng, t.volatile ?? false);
  const priceCents = series.daily[series.daily.length - 1]!;
  const popularity = Math.max(1, Math.min(100, Math.round((t.popularity ?? 30) * (isStoreBrand || !brand ? 1 : 0.9) * rng.between(0.85, 1.05) - (sizeIndex + lineIndex) * 3)));
  return {
    sku: `DEMO-${String(n).padStart(5, '0')}`,
    name,
    brand: brand || null,
    isStoreBrand,
    category: t.category,
    departmentSlug,
    aisleCode: t.aisle,
    size,
    priceCents,
    wasPriceCents: series.wasPriceCents,
    unitPrice: unitPriceOf(priceCents, size),
    inStock: !rng.chance(0.025),
    rating: Math.round(rng.between(3.4, 4.9) * 10) / 10,
    reviewCount: Math.round(popularity * rng.between(5, 60)),
    dietFlags: dietFlagsOf(t, name),
    allergens: allergensOf(t, name),
    popularity,
    aliases: t.aliases ?? [],
    story: series.story,
    history: series.daily,
  };
}

/** Store brands undercut national ones; each national brand keeps one premium level everywhere. */
function brandFactor(brand: string, category: string): number {
  if (!brand) return 1;
  if (STORE_BRANDS.has(brand)) return 0.78;
  return 0.95 + (hashString(`${brand}|${category}`) % 40) / 100;
}

/**
 * How much `size` costs against the anchor's size. Bigger packs cost more but less per unit, as
 * on a real shelf. Pieces and pounds of the same produce ("each" and "3 lb bag" onions) compare
 * through the weight of a piece (`eachOz`). Anything measured differently (a count of taco shells
 * against ounces of seasoning), or many times more or less of it, is another kind of product:
 * undefined, so its line must name its own price.
 */
function sizeFactor(t: ProductTemplate, size: PackageSize | undefined, anchor: PackageSize | undefined, index: number): number | undefined {
  // Sizes that are not measures ("8 in" pies): each bigger one costs more.
  if (!size && !anchor) return 1 + index * 0.6;
  if (!size || !anchor) return undefined;
  const amount = (s: PackageSize) => s.value * s.packCount * (IN_OUNCES[s.unit] ?? 1);
  if (comparable(size.unit, anchor.unit)) {
    const ratio = amount(size) / amount(anchor);
    // 300 dog waste bags are not 300 of the 1-count dog toy the category's price is for: another product.
    if (ratio > MAX_SIZE_RATIO || ratio < 1 / MAX_SIZE_RATIO) return undefined;
    return Math.max(0.3, Math.pow(ratio, 0.85));
  }
  if (t.eachOz === undefined) return undefined;
  const weight = (s: PackageSize) => (s.unit === 'ct' ? s.value * s.packCount * t.eachOz! : comparable(s.unit, 'oz') ? amount(s) : undefined);
  const [a, b] = [weight(size), weight(anchor)];
  return a !== undefined && b !== undefined ? Math.max(0.05, Math.pow(a / b, 0.85)) : undefined;
}

/** The most one size may hold against the size its price comes from (a 12-pack of ramen holds 12). */
const MAX_SIZE_RATIO = 12.5;

/** Ounces (of weight or of volume) in one of each unit, so sizes in one dimension compare. */
const IN_OUNCES: Readonly<Record<string, number>> = { gal: 128, qt: 32, pt: 16, l: 33.814, ml: 0.033814, lb: 16, dozen: 12 };

function comparable(a: string, b: string): boolean {
  const group = (u: string) => (['gal', 'fl oz', 'l', 'ml', 'qt', 'pt'].includes(u) ? 'vol' : ['oz', 'lb'].includes(u) ? 'wt' : u);
  return group(a) === group(b);
}

/**
 * Nuts a product's own name gives away, whatever its category says: peanut M&M's, a peanut
 * butter cookie, almond milk, a trail mix. The ones people are most often allergic to, so the
 * demo store never sells them as free of it.
 */
const NAMED_ALLERGENS: readonly (readonly [RegExp, string])[] = [
  [/peanut|snickers|trail mix|mixed nuts/i, 'peanuts'],
  [/almond|cashew|pistachio|pecan|walnut|hazelnut|macadamia|nutella|mixed nuts|trail mix|praline/i, 'tree_nuts'],
];

function allergensOf(t: ProductTemplate, name: string): string[] {
  const tags = new Set(t.allergens ? t.allergens.split(' ') : []);
  for (const [pattern, tag] of NAMED_ALLERGENS) if (pattern.test(name)) tags.add(tag);
  return [...tags];
}

function dietFlagsOf(t: ProductTemplate, name: string): string[] {
  const flags = new Set(t.diet ? t.diet.split(' ') : []);
  if (/organic/i.test(name)) flags.add('organic');
  if (/gluten free/i.test(name)) flags.add('gluten_free');
  return [...flags];
}
