/** The deals table and the product reads deal lookups and detection make. */
export { createDealRepository, DEALS_VERSION_KEY, type ActiveDealRow, type DealRepository, type ShelfPrice } from './deal-repository.js';
export { openScanReader, type ScanReader } from './scan-reader.js';
