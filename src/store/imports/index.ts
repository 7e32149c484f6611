/** Storage for imports that are not the catalog's: a user's order history. */
export {
  createOrderHistoryRepository, type OrderHistoryRepository, type OrderLineToSave, type OrderToSave,
} from './order-history-repository.js';
