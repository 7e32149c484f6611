import { generateDemoProducts } from './generate-demo-store.js';
import { createPrng } from './prng.js';

/** A flat catalog row as the CSV import reads it (prices in dollars). */
export interface CatalogCsvRow {
  sku: string;
  name: string;
  brand: string;
  category: string;
  department: string;
  aisle: string;
  size: string;
  price: string;
  in_stock: string;
  rating: string;
  popularity: string;
  aliases: string;
}

const REGIONAL_BRANDS = [
  'Hill Country Fare', 'Kirkland Signature', 'Good & Gather', 'Kroger', 'Signature Select', 'Market Pantry', 'Simple Truth',
  "Member's Mark", 'Food Club', 'Best Choice', 'Essential Everyday', 'Clover Valley', 'Happy Belly', 'Wegmans', 'Meijer',
];
const MODIFIERS = [
  'Family Size', 'Value Pack', 'Organic', 'Reduced Sodium', 'Lightly Salted', 'Extra Large', 'Mini', 'Original',
  'Zero Sugar', 'Classic', 'Homestyle', 'Select', 'Premium', 'Simply', 'Naturals', 'Party Size', 'Limited Edition',
];

/**
 * A large synthetic catalog for benchmarks and import tests: the demo products re-branded,
 * re-sized and re-worded until there are `count` rows. Deterministic for a seed.
 */
export function generateCatalogRows(count: number, seed = 1): CatalogCsvRow[] {
  const base = generateDemoProducts(seed);
  const rng = createPrng(seed ^ 0x5eed);
  const rows: CatalogCsvRow[] = [];
  for (let n = 0; rows.length < count; n++) {
    const p = base[n % base.length]!;
    const copy = Math.floor(n / base.length);
    const title = p.brand ? p.name.slice(p.brand.length + 1) : p.name;
    const [words] = title.split(', ');
    const brand = copy === 0 ? (p.brand ?? '') : rng.pick(REGIONAL_BRANDS);
    const modifier = copy === 0 ? '' : `${rng.pick(MODIFIERS)} `;
    const scale = copy === 0 ? 1 : rng.pick([0.5, 0.75, 1.5, 2, 3]);
    const size = p.size && p.size.packCount === 1 ? `${Math.round(p.size.value * scale * 100) / 100} ${p.size.unit}` : (p.size?.text ?? 'each');
    rows.push({
      sku: `GEN-${String(n + 1).padStart(6, '0')}`,
      name: `${brand ? `${brand} ` : ''}${modifier}${words}, ${size}`,
      brand,
      category: p.category,
      department: p.departmentSlug,
      aisle: p.aisleCode,
      size,
      price: ((p.priceCents * (copy === 0 ? 1 : scale * rng.between(0.8, 1.2))) / 100).toFixed(2),
      in_stock: p.inStock ? 'yes' : 'no',
      rating: String(p.rating),
      popularity: String(Math.max(0, p.popularity - copy)),
      aliases: p.aliases.join('|'),
    });
  }
  return rows;
}

/** Writes rows as RFC 4180 CSV with a header, quoting fields that need it. */
export function toCsv(rows: readonly CatalogCsvRow[]): string {
  if (!rows.length) return '';
  const columns = Object.keys(rows[0]!) as (keyof CatalogCsvRow)[];
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${columns.join(',')}\r\n${rows.map((r) => columns.map((c) => quote(r[c])).join(',')).join('\r\n')}\r\n`;
}
