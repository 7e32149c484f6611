import { isAppError } from '../errors.js';
import { isStoreBusy } from '../store/errors.js';

/**
 * True when `err` means the store was too busy to take the work (another writer held it past the
 * busy timeout): nothing was applied, and the same request sent again will be. Channels answer it
 * with their own "try again" (an error frame, a 500 the platform redelivers, a 503) without
 * knowing how the store reports it.
 *
 * @example
 * if (storeWasBusy(err)) return reply.code(503).send(...);
 */
export function storeWasBusy(err: unknown): boolean {
  return isAppError(err, 'UPSTREAM_UNAVAILABLE') || isStoreBusy(err);
}
