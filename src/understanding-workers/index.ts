export { createUnderstandingPool, type UnderstandingPool, type UnderstandingPoolOptions } from './pool.js';
export { holdUnderstandingPool, type HeldPool } from './shared-pools.js';
