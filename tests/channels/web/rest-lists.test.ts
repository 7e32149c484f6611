import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebHarness, type WebHarness } from './web-harness.js';

describe('REST API: a client that only speaks the API', () => {
  let h: WebHarness;
  beforeAll(async () => {
    h = await createWebHarness({ demoStore: true });
  });
  afterAll(async () => {
    await h.close();
  });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token?: string, body?: unknown) =>
    h.web.app.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body !== undefined ? { payload: body as object } : {}) });
  const lines = (list: any): any[] => list.groups.flatMap((g: any) => g.lines);
  const session = async () => (await call('POST', '/api/sessions')).json().token as string;

  // Regression: a REST session had no list and no route made one, so an API-only client could not add anything.
  it('makes its first list, which becomes its default and the chat\'s, then adds to it', async () => {
    const token = await session();
    expect((await call('GET', '/api/lists', token)).json()).toEqual({ lists: [] });
    const made = await call('POST', '/api/lists', token, { name: 'Costco' });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ name: 'Costco', isDefault: true, role: 'owner', itemCount: 0 });
    const added = await call('POST', `/api/lists/${made.json().id}/items`, token, { items: [{ name: 'eggs', quantity: 12 }] });
    expect(added.statusCode).toBe(200);
    expect(added.json().itemCount).toBe(1);
    const again = await call('POST', '/api/lists', token, { name: 'costco' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('LIST_EXISTS');
    const other = await call('POST', '/api/lists', token, { name: 'Party' });
    expect(other.json()).toMatchObject({ name: 'Party', isDefault: false });
  });

  it('without a name gives the default list, made if need be, and the same one every time', async () => {
    const token = await session();
    const first = await call('POST', '/api/lists', token, {});
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ name: 'Grocery list', isDefault: true });
    expect((await call('POST', '/api/lists', token, {})).json().id).toBe(first.json().id);
  });

  it('checks a line off and sets how many packages it buys, with each line saying size, unit price and amount', async () => {
    const token = await session();
    const list = (await call('POST', '/api/lists', token, {})).json();
    const added = (await call('POST', `/api/lists/${list.id}/items`, token, { items: [{ name: 'eggs', quantity: 12 }, { name: 'whole milk', quantity: 2, unit: 'gal' }] })).json();
    const eggs = lines(added).find((l) => l.itemName === 'eggs');
    // A dozen eggs is one 12 ct carton: nothing more to say than the product.
    expect(eggs).toMatchObject({ sizeText: '12 ct', packages: 1, amountText: '', quantityText: '12' });
    expect(eggs.unitPriceText).toMatch(/¢\/ct$/);

    const more = await call('PATCH', `/api/lists/${list.id}/items/${eggs.id}`, token, { packages: 2 });
    expect(more.statusCode).toBe(200);
    expect(lines(more.json()).find((l) => l.id === eggs.id)).toMatchObject({ quantityText: '24', packages: 2, priceCents: eggs.priceCents * 2 });
    const milk = lines(more.json()).find((l) => l.itemName === 'whole milk');
    const fewer = (await call('PATCH', `/api/lists/${list.id}/items/${milk.id}`, token, { packages: 1 })).json();
    expect(lines(fewer).find((l) => l.id === milk.id)).toMatchObject({ quantityText: '1 gal', packages: 1 });

    const checked = (await call('PATCH', `/api/lists/${list.id}/items/${eggs.id}`, token, { checked: true })).json();
    expect(lines(checked).find((l) => l.id === eggs.id).checked).toBe(true);

    expect((await call('PATCH', `/api/lists/${list.id}/items/${eggs.id}`, token, {})).statusCode).toBe(400);
    expect((await call('PATCH', `/api/lists/${list.id}/items/${eggs.id}`, token, { packages: 0 })).statusCode).toBe(400);
    const stranger = await session();
    expect((await call('PATCH', `/api/lists/${list.id}/items/${eggs.id}`, stranger, { checked: false })).statusCode).toBe(404);
  });

  it('hands a list off: a Walmart add-to-cart link for products with a Walmart item id, the rest by aisle', async () => {
    const token = await session();
    const list = (await call('POST', '/api/lists', token, {})).json();
    // A product imported from Walmart's catalog carries its item id as its SKU.
    const walmart = h.db.prepare("SELECT id FROM products WHERE name = 'Great Value Whole Milk, 1 gal'").get() as { id: number };
    h.db.prepare("UPDATE products SET sku = '10450114' WHERE id = ?").run(walmart.id);
    // Written behind the catalog's back, as an import on another handle does: it is told, as the import command tells it.
    h.catalog.invalidate();
    const added = (await call('POST', `/api/lists/${list.id}/items`, token, {
      items: [{ name: 'milk', productId: walmart.id, quantity: 2, unit: 'gal' }, { name: 'bananas', quantity: 6 }, { name: 'birthday candles' }, { name: 'bread' }],
    })).json();
    const bread = lines(added).find((l) => l.itemName === 'bread');
    await call('PATCH', `/api/lists/${list.id}/items/${bread.id}`, token, { checked: true });

    const out = await call('GET', `/api/lists/${list.id}/checkout`, token);
    expect(out.statusCode).toBe(200);
    const body = out.json();
    expect(body.walmartCartUrl).toBe('https://affil.walmart.com/cart/addToCart?items=10450114|2');
    expect(body).toMatchObject({ walmartLines: 1, otherLines: 2 });
    expect(body.text).toMatch(/^Grocery list: 3 items to buy, about \$\d+\.\d\d/);
    expect(body.text).toContain('- 2 × Great Value Whole Milk, 1 gal');
    expect(body.text).toContain('- birthday candles');
    expect(body.text).not.toMatch(/bread/i);
    // Produce comes before dairy, as the store is walked; lines without a product at the end.
    expect(body.text.indexOf('Banana')).toBeLessThan(body.text.indexOf('Whole Milk'));
    expect(body.text.indexOf('Whole Milk')).toBeLessThan(body.text.indexOf('birthday candles'));
    const doc = (await h.web.app.inject('/docs/json')).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/lists/{id}/checkout']));
  });

  it("says where the caller stands against their budget with the list bought", async () => {
    const token = await session();
    const list = (await call('POST', '/api/lists', token, {})).json();
    expect((await call('GET', `/api/lists/${list.id}/budget`, token)).json()).toEqual({ budget: null });
    const userId = h.users.resolve('web', h.tokens.verify(token)!).id;
    // What "set my budget to $5 a week" does.
    h.budgets.setBudget(userId, 500, 'week');
    const shown = (await call('POST', `/api/lists/${list.id}/items`, token, { items: [{ name: 'eggs', quantity: 36 }] })).json();
    const status = (await call('GET', `/api/lists/${list.id}/budget`, token)).json().budget;
    expect(status).toMatchObject({ amountCents: 500, period: 'week', spentCents: 0, listTotalCents: shown.estimatedTotalCents });
    expect(status.remainingCents).toBe(500 - shown.estimatedTotalCents);
    expect((await call('GET', `/api/lists/${list.id}/budget`, await session())).statusCode).toBe(404);
  });
});
