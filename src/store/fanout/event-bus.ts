import { EventEmitter } from 'node:events';

/** Where an event was raised: on this instance, or on another one and heard over the fan-out. */
export type EventOrigin = 'local' | 'peer';

/** A listener; `origin` says whether the event was raised here or on another instance. */
export type EventListener<P> = (payload: P, origin: EventOrigin) => void;

/**
 * A typed event bus over an event map `E` (event name -> payload). Listeners run synchronously
 * in the emitter's call for local events; a listener that throws is logged by whoever owns it,
 * never by the emitter, so an event can never fail the work that raised it.
 */
export interface Bus<E> {
  emit<K extends keyof E & string>(event: K, payload: E[K]): void;
  on<K extends keyof E & string>(event: K, listener: EventListener<E[K]>): () => void;
}

/** A bus that may carry events to other instances; `close` ends its connections. */
export interface FanoutBus<E> extends Bus<E> {
  readonly kind: 'local' | 'redis';
  /** Resolves once events raised here reach the other instances (at once for the local bus). Never rejects. */
  whenConnected(): Promise<void>;
  /** What crossed (or could not cross) between instances so far. */
  stats(): FanoutStats;
  close(): Promise<void>;
}

/** Counts kept by a fan-out bus. */
export interface FanoutStats {
  /** Events sent to the other instances. */
  published: number;
  /** Events heard from the other instances. */
  received: number;
  /** Events that stayed on this instance because the fan-out was unavailable. */
  localOnly: number;
  /** Events sent without their optional detail because they were over the size limit. */
  shrunk: number;
  /** Events over the size limit with no smaller form: kept on this instance only. */
  tooBig: number;
}

/**
 * The in-process bus: the embedded default, and the local half of every fan-out bus.
 *
 * @example
 * const bus = createLocalBus<{ ping: { n: number } }>();
 * const off = bus.on('ping', ({ n }) => console.log(n));
 * bus.emit('ping', { n: 1 });
 */
export function createLocalBus<E>(): FanoutBus<E> & { deliver<K extends keyof E & string>(event: K, payload: E[K], origin: EventOrigin): void } {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const deliver = (event: string, payload: unknown, origin: EventOrigin) => void emitter.emit(event, payload, origin);
  return {
    kind: 'local',
    emit: (event, payload) => deliver(event, payload, 'local'),
    deliver,
    on(event, listener) {
      emitter.on(event, listener);
      return () => void emitter.off(event, listener);
    },
    whenConnected: () => Promise.resolve(),
    stats: () => ({ published: 0, received: 0, localOnly: 0, shrunk: 0, tooBig: 0 }),
    close: () => Promise.resolve(),
  };
}
