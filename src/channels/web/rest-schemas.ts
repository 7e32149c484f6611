import { z } from 'zod';

/**
 * Request and response shapes of the REST API, written once in zod. Fastify validates requests
 * with the JSON Schema made from them, and the OpenAPI document at `/docs` shows the same schemas.
 */

const id = z.number().int().positive();

export const listParams = z.object({ id: id.describe('List id') });
export const itemParams = z.object({ id: id.describe('List id'), itemId: id.describe('Line id on the list') });
export const productParams = z.object({ id: id.describe('Product id') });

export const addItemsBody = z.object({
  items: z
    .array(
      z.object({
        name: z.string().trim().min(1).max(120).describe('What to buy, e.g. "milk"'),
        quantity: z.number().positive().max(10_000).optional().describe('How many (or how much, with `unit`)'),
        unit: z.string().max(20).optional().describe('e.g. "gal", "lb", "dozen"'),
        productId: id.optional().describe('A catalog product, when the exact product is known'),
        brand: z.string().max(60).optional(),
        note: z.string().max(200).optional(),
      }),
    )
    .min(1)
    .max(50),
});

export const createListBody = z.object({
  name: z.string().trim().min(1).max(40).optional().describe('The new list\'s name; left out, the default list (made if need be)'),
});

/** One or both: a patch with neither is answered 400 BAD_INPUT. */
export const itemPatchBody = z.object({
  checked: z.boolean().optional().describe('Check the line off (true) or back on'),
  packages: z.number().int().min(1).max(999).optional().describe('Packages to buy; the amount follows the product\'s size'),
});

export const listSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.enum(['owner', 'editor']),
  isDefault: z.boolean(),
  itemCount: z.number().int(),
  updatedAt: z.number().int().describe('Epoch milliseconds'),
});

export const checkoutResponse = z.object({
  listId: z.number().int(),
  listName: z.string(),
  walmartCartUrl: z.string().nullable().describe("Walmart's affiliate add-to-cart link for the lines with a Walmart item id; null when none has one"),
  walmartLines: z.number().int(),
  otherLines: z.number().int().describe('Lines to buy that the cart link does not carry'),
  text: z.string().describe('The lines still to buy, by aisle, as plain text to copy or share'),
});

export const budgetResponse = z.object({
  budget: z
    .object({
      amountCents: z.number().int(),
      period: z.enum(['week', 'month']),
      spentCents: z.number().int().describe('Spent so far this period'),
      listTotalCents: z.number().int().describe("The list's estimated total"),
      remainingCents: z.number().int().describe('Budget left once the list is bought; negative when over'),
    })
    .nullable()
    .describe('null when no budget is set'),
});

export const productQuery = z.object({
  q: z.string().max(200).optional().describe('Words to search for'),
  category: z.string().max(60).optional().describe('Only this category, e.g. "milk"'),
  sort: z.enum(['relevance', 'price', 'unit_price', 'rating']).optional(),
  limit: z.number().int().min(1).max(100).optional().describe('At most this many (default 20)'),
});

const listLine = z.object({
  id: z.number().int(),
  name: z.string().describe("The product's name, or the words written when no product matched"),
  quantityText: z.string().describe('The amount as said, e.g. "2 gal"'),
  productId: z.number().int().nullable(),
  priceCents: z.number().int().nullable().describe('Price times packages to buy, integer cents'),
  checked: z.boolean(),
  note: z.string().nullable(),
  itemName: z.string().optional().describe('What the person called it, e.g. "eggs"'),
  sizeText: z.string().nullable().optional().describe('Package size, e.g. "12 ct"'),
  unitPriceText: z.string().nullable().optional().describe('e.g. "21¢/ct"'),
  wasPriceCents: z.number().int().nullable().optional().describe('Price before a running rollback'),
  packages: z.number().optional().describe('Packages to buy'),
  amountText: z.string().optional().describe('"for 3 lb" when the packages hold more than asked for'),
});

export const listSnapshot = z.object({
  id: z.number().int(),
  name: z.string(),
  groups: z.array(z.object({ aisle: z.string(), lines: z.array(listLine) })),
  estimatedTotalCents: z.number().int().describe('Integer cents'),
  unmatchedCount: z.number().int(),
  itemCount: z.number().int(),
});

export const listsResponse = z.object({ lists: z.array(listSummary) });

export const product = z
  .object({
    id: z.number().int(),
    name: z.string(),
    brand: z.string().nullable(),
    category: z.string(),
    priceCents: z.number().int(),
    wasPriceCents: z.number().int().nullable(),
    inStock: z.boolean(),
    rating: z.number().nullable(),
  })
  .loose();

export const productsResponse = z.object({ products: z.array(product) });

export const priceHistoryResponse = z.object({
  productId: z.number().int(),
  name: z.string(),
  priceCents: z.number().int(),
  wasPriceCents: z.number().int().nullable(),
  summary: z.string(),
  points: z.array(z.object({ at: z.number().int().describe('Epoch milliseconds'), priceCents: z.number().int() })),
});

export const sessionResponse = z.object({ token: z.string().describe('Send as `Authorization: Bearer <token>`') });

export const errorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string().describe('A sentence fit to show a person') }),
});

/** JSON Schema (draft-07, what fastify validates with) for a request part. */
export function requestSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as Record<string, unknown>;
  return rest;
}

/** OpenAPI 3.0 schema for a response; only the docs read it (responses are plain JSON.stringify). */
export function responseSchema(schema: z.ZodType, description: string): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'openapi-3.0' }) as Record<string, unknown>;
  return { description, ...rest };
}
