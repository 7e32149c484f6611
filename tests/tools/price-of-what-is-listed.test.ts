import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openToolBed, type ToolBed } from './shopper-tools.js';

let bed: ToolBed;
beforeAll(() => {
  bed = openToolBed();
});
afterAll(() => bed.close());

const productId = (name: string) => (bed.core.db.prepare('SELECT id FROM products WHERE name = ?').get(name) as { id: number }).id;
const CHICKEN = 'Great Value Boneless Skinless Chicken Breasts, 2.5 lb';
const BEEF = '73% Lean / 27% Fat Ground Beef, 2.25 lb';

// Regression: with Great Value chicken breasts on the list, "how much is the chicken?" priced
// Freshness Guaranteed chicken tenderloins, a product the person never chose.
describe('a price question about something on the list', () => {
  it('is answered about the product on the list, not the store\'s best match for the word', () => {
    const before = bed.call('get_price', { query: 'chicken' });
    expect(before.ok && before.text).not.toContain(CHICKEN);
    bed.call('add_to_list', { items: [{ name: 'chicken breasts', productId: productId(CHICKEN) }] });
    const asked = bed.call('get_price', { query: 'chicken' });
    expect(asked.text).toMatch(new RegExp(`^${CHICKEN}: \\$\\d+\\.\\d\\d`));
  });

  it('leaves a question about something else to the store: "oat milk" with whole milk on the list', () => {
    bed.call('add_to_list', { items: [{ name: 'milk', productId: productId('Great Value Whole Milk, 1 gal') }] });
    const asked = bed.call('get_price', { query: 'oat milk' });
    expect(asked.text).toMatch(/^[^:]*\boat\b[^:]*:/i);
  });

  it('"something cheaper than the ground beef" starts from the ground beef on the list', () => {
    const fromStore = bed.call('find_substitutes', { name: 'ground beef' });
    // The first line names the product the others stand in for.
    const subject = (text: string) => text.split('\n')[0]!;
    expect(subject(fromStore.text)).not.toContain(BEEF);
    bed.call('add_to_list', { items: [{ name: 'ground beef', productId: productId(BEEF) }] });
    const asked = bed.call('find_substitutes', { name: 'ground beef' });
    expect(asked.ok).toBe(true);
    expect(subject(asked.text)).toContain(BEEF);
  });
});
