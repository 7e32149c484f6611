export { createWebChannel, type WebChannel, type WebChannelDeps } from './web-server.js';
export { createSessionTokens, type SessionTokens } from './session-token.js';
export { createWebMetrics, type WebMetrics } from './web-metrics.js';
export type { PriceAlert, PushOutcome } from './price-alert-inbox.js';
export {
  createWebDomain,
  type WebDomain,
  type WebDomainSources,
  type CatalogReads,
  type ListSummaryView,
  type AddItemRequest,
  type ProductQuery,
  type PriceHistoryDetail,
} from './web-domain.js';
export type { ClientFrame, ServerFrame, HistoryEntry } from './chat-protocol.js';
