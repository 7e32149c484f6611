import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EventBus } from '../../agent/index.js';
import { AppError } from '../../errors.js';
import type { UserDirectory } from '../../grocery/users/index.js';
import { addressKey } from './connection-limits.js';
import * as s from './rest-schemas.js';
import type { SessionTokens } from './session-token.js';
import type { AddItemRequest, ItemPatch, ProductQuery, WebDomain } from './web-domain.js';

/** What the REST API needs. */
export interface RestApiDeps {
  domain: WebDomain;
  tokens: SessionTokens;
  users: UserDirectory;
  /** List changes made here are announced like the chat's, so open pages redraw. */
  events: EventBus;
  /** Allows a new session for a client address; false when it has started too many. */
  newSession(address: string): boolean;
  /** The session's person now exists (made by a change here): its open chat sockets get their pushes. */
  claim(session: string, userId: number): void;
}

const bearer = [{ bearerAuth: [] }];
const errors = {
  400: s.responseSchema(s.errorResponse, 'The request did not match the schema'),
  401: s.responseSchema(s.errorResponse, 'Missing or invalid session token'),
  404: s.responseSchema(s.errorResponse, 'Not found, or not yours'),
  409: s.responseSchema(s.errorResponse, 'You already have a list with that name'),
};

/**
 * The REST API under `/api`: lists, products and prices, authenticated with the chat's session
 * token (`Authorization: Bearer`). Every list route is scoped to the token's user; another
 * user's list answers 404, the same as a list that does not exist, so ids reveal nothing.
 */
export function registerRestApi(app: FastifyInstance, deps: RestApiDeps): void {
  const sessionOf = (req: FastifyRequest): string => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (\S+)$/i.exec(header);
    const sessionId = deps.tokens.verify(match?.[1]);
    if (!sessionId) throw new AppError('UNAUTHORIZED', { detail: 'missing or invalid bearer token' });
    return sessionId;
  };
  /** The session's person, created by the first change they make; reads by a session that never did anything find nothing. */
  const userOf = (req: FastifyRequest): number => {
    const session = sessionOf(req);
    const userId = deps.users.resolve('web', session).id;
    deps.claim(session, userId);
    return userId;
  };
  const readerOf = (req: FastifyRequest): number | undefined => deps.users.find('web', sessionOf(req))?.id;
  const changed = (listId: number, byUserId: number) => deps.events.emit('list_changed', { listId, byUserId });

  app.post('/api/sessions', {
    schema: {
      tags: ['session'],
      summary: 'Start a session and get its token (the chat welcome frame carries the same kind of token)',
      response: { 201: s.responseSchema(s.sessionResponse, 'A new session') },
    },
  }, async (req, reply) => {
    if (!deps.newSession(addressKey(req.ip))) {
      throw new AppError('RATE_LIMITED', { userMessage: 'Too many new sessions were started from your address. Please try again in a few minutes.', detail: 'new session limit' });
    }
    return reply.code(201).send({ token: deps.tokens.issue().token });
  });

  app.get('/api/lists', {
    schema: { tags: ['lists'], summary: "The caller's lists", security: bearer, response: { 200: s.responseSchema(s.listsResponse, 'Lists'), 401: errors[401] } },
  }, async (req) => {
    const userId = readerOf(req);
    return { lists: userId === undefined ? [] : deps.domain.listsOf(userId) };
  });

  app.post<{ Body: { name?: string } }>('/api/lists', {
    schema: {
      tags: ['lists'], summary: "A new list (the caller's default if it is their first); without a name, the default list", security: bearer,
      body: s.requestSchema(s.createListBody),
      response: { 201: s.responseSchema(s.listSummary, 'The list'), 400: errors[400], 401: errors[401], 409: errors[409] },
    },
  }, async (req, reply) => reply.code(201).send(deps.domain.createList(userOf(req), req.body?.name)));

  app.get<{ Params: { id: number } }>('/api/lists/:id', {
    schema: {
      tags: ['lists'], summary: 'One list, grouped by aisle', security: bearer,
      params: s.requestSchema(s.listParams),
      response: { 200: s.responseSchema(s.listSnapshot, 'The list'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    const userId = readerOf(req);
    const list = userId === undefined ? undefined : deps.domain.list(userId, req.params.id);
    if (!list) throw new AppError('LIST_NOT_FOUND', { detail: `list ${req.params.id} not visible` });
    return list;
  });

  app.post<{ Params: { id: number }; Body: { items: AddItemRequest[] } }>('/api/lists/:id/items', {
    schema: {
      tags: ['lists'], summary: 'Add items (merged with what is there)', security: bearer,
      params: s.requestSchema(s.listParams), body: s.requestSchema(s.addItemsBody),
      response: { 200: s.responseSchema(s.listSnapshot, 'The list after the change'), 400: errors[400], 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    const userId = userOf(req);
    const list = deps.domain.addItems(userId, req.params.id, req.body.items);
    changed(list.id, userId);
    return list;
  });

  app.delete<{ Params: { id: number; itemId: number } }>('/api/lists/:id/items/:itemId', {
    schema: {
      tags: ['lists'], summary: 'Take one line off the list', security: bearer,
      params: s.requestSchema(s.itemParams),
      response: { 200: s.responseSchema(s.listSnapshot, 'The list after the change'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    const userId = readerOf(req);
    if (userId === undefined) throw new AppError('LIST_NOT_FOUND', { detail: `list ${req.params.id}: session has no lists` });
    const list = deps.domain.removeItem(userId, req.params.id, req.params.itemId);
    changed(list.id, userId);
    return list;
  });

  app.patch<{ Params: { id: number; itemId: number }; Body: ItemPatch }>('/api/lists/:id/items/:itemId', {
    schema: {
      tags: ['lists'], summary: 'Check one line off (or back on), or set how many packages it buys', security: bearer,
      params: s.requestSchema(s.itemParams), body: s.requestSchema(s.itemPatchBody),
      response: { 200: s.responseSchema(s.listSnapshot, 'The list after the change'), 400: errors[400], 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    const userId = userOf(req);
    const list = deps.domain.updateItem(userId, req.params.id, req.params.itemId, req.body);
    changed(list.id, userId);
    return list;
  });

  app.get<{ Params: { id: number } }>('/api/lists/:id/checkout', {
    schema: {
      tags: ['lists'], summary: 'Hand the list off for ordering: a Walmart add-to-cart link and the list by aisle to share', security: bearer,
      params: s.requestSchema(s.listParams),
      response: { 200: s.responseSchema(s.checkoutResponse, 'The hand-off'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => deps.domain.checkout(userOf(req), req.params.id));

  app.get<{ Params: { id: number } }>('/api/lists/:id/budget', {
    schema: {
      tags: ['lists'], summary: "Where the caller stands against their budget once this list is bought", security: bearer,
      params: s.requestSchema(s.listParams),
      response: { 200: s.responseSchema(s.budgetResponse, 'The budget, or null without one'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => ({ budget: deps.domain.budget(userOf(req), req.params.id) }));

  app.get<{ Querystring: ProductQuery }>('/api/products', {
    schema: {
      tags: ['products'], summary: 'Search the catalog', security: bearer,
      querystring: s.requestSchema(s.productQuery),
      response: { 200: s.responseSchema(s.productsResponse, 'Matching products, best first'), 400: errors[400], 401: errors[401] },
    },
  }, async (req) => {
    sessionOf(req);
    return { products: deps.domain.searchProducts({ ...req.query, limit: req.query.limit ?? 20 }) };
  });

  app.get<{ Params: { id: number } }>('/api/products/:id', {
    schema: {
      tags: ['products'], summary: 'One product', security: bearer,
      params: s.requestSchema(s.productParams),
      response: { 200: s.responseSchema(s.product, 'The product'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    sessionOf(req);
    const product = deps.domain.product(req.params.id);
    if (!product) throw new AppError('PRODUCT_NOT_FOUND', { detail: `product ${req.params.id}` });
    return product;
  });

  app.get<{ Params: { id: number } }>('/api/products/:id/price-history', {
    schema: {
      tags: ['products'], summary: "A product's price over the last 90 days", security: bearer,
      params: s.requestSchema(s.productParams),
      response: { 200: s.responseSchema(s.priceHistoryResponse, 'Price, summary and chart points'), 401: errors[401], 404: errors[404] },
    },
  }, async (req) => {
    sessionOf(req);
    return deps.domain.priceHistory(req.params.id);
  });
}
