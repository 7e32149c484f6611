/**
 * Live events between instances: an in-process bus by default, Redis pub/sub when `REDIS_URL`
 * is set, so an event raised on one instance reaches the sockets held by every other.
 */
export { createLocalBus, type Bus, type EventListener, type EventOrigin, type FanoutBus, type FanoutStats } from './event-bus.js';
export { createRedisEventBus, MAX_EVENT_BYTES, type RedisEventBusOptions } from './redis-event-bus.js';
