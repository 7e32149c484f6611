import type { Product } from '../grocery/types.js';
import type { MemoryHit, MemoryRecord, MemoryStores, VectorMemory } from '../store/memory/index.js';
import { createChromaVectorMemory } from './chroma-vector-memory.js';
import { cosine, type Embedder } from './embedder.js';
import { createLocalEmbedder } from './local-embedder.js';
import { loadProfile } from './preference-profile.js';
import { createPreferenceStore, type Preference, type PreferenceKind, type PreferenceStore } from './preference-store.js';
import { preferenceMemory, usualMemory } from './preference-text.js';
import { createProductHabits, type OrderLearning, type UsualChoice } from './product-habits.js';
import { concernForProfile, hasDietaryRules, interestForProfile, screenForProfile, type ProductInterest, type ScreenedProducts } from './product-ranking.js';

/** Options for {@link createPreferenceMemory}, named after the config they come from. */
export interface PreferenceMemoryOptions {
  /** Where preferences, habits and (by default) the vectors are kept. */
  stores: MemoryStores;
  /** Turns memories into vectors; defaults to the local embedder. See `createEmbedder`. */
  embedder?: Embedder;
  /** `CHROMA_URL`: keep the vectors in this ChromaDB server instead of the database. */
  chromaUrl?: string;
  /** A vector memory built elsewhere; overrides `chromaUrl`. */
  vectors?: VectorMemory;
  /** Share an existing preference store (the same table either way). */
  preferences?: PreferenceStore;
  now?: () => number;
  /** Recall drops memories less similar than this; defaults to 0.25 for the local embedder, 0.5 for others. */
  recallMinScore?: number;
  /** Hears about vector-memory failures the service survived (for the logs). */
  onError?: (err: unknown, during: string) => void;
}

/** Options for {@link PreferenceMemory.recall}. */
export interface RecallOptions {
  /** At most this many memories (default 5). */
  k?: number;
  minScore?: number;
  /** Only these kinds: preference kinds and `usual`. */
  kinds?: readonly string[];
}

/**
 * What the assistant knows about each person's tastes. Stated preferences and learned habits are
 * kept in SQLite (the source of truth, read synchronously on the hot paths: ranking, usual
 * products); a vector memory holds the same facts as sentences for fuzzy recall, kept in step
 * in the background and rebuilt from SQLite whenever it falls behind.
 *
 * Satisfies the tools' `ProductMemory` (`usualProductFor`, `rankProducts`, `learnFromPick`).
 * Every method is scoped to one user id; nothing about one person reaches another.
 */
export interface PreferenceMemory {
  /** Where the vectors live. */
  readonly backend: VectorMemory['backend'];
  /** The structured store underneath (the `remember_preference` tool may keep using it directly). */
  readonly preferences: PreferenceStore;
  /** Remembers a stated preference; returns whether it was new. Resolves once recall can find it. */
  remember(userId: number, kind: PreferenceKind, value: string): Promise<boolean>;
  /** Forgets a stated or learned preference; returns whether there was one. */
  forget(userId: number, kind: PreferenceKind, value: string): Promise<boolean>;
  /** This person's preferences, strongest first. */
  list(userId: number, kind?: PreferenceKind): Preference[];
  /**
   * This person's memories most relevant to `text` (preferences and usual products as sentences),
   * best first, for the LLM's context: "peanut butter" recalls "allergic to peanuts". Never
   * throws: if the vector memory is unreachable it answers from SQLite with the local embedder.
   */
  recall(userId: number, text: string, opts?: RecallOptions): Promise<MemoryHit[]>;
  /**
   * Learns from a choice (a clarification answered, a product named by id): the product becomes
   * more likely to be this person's usual for `itemName` and for its category, and its brand
   * gains weight. Synchronous; the vector memory is updated in the background.
   */
  learnFromPick(userId: number, product: Product, itemName?: string): void;
  /** Relearns order habits from this person's imported orders (idempotent); call after an order import. */
  learnFromOrders(userId: number): OrderLearning;
  /** The in-stock product this person usually means by `itemName` ("milk"), or null when unknown or unclear. */
  usualProductFor(userId: number, itemName: string): number | null;
  /** Like {@link usualProductFor}, with the brand, size and strength of the habit. */
  usualChoice(userId: number, itemName: string): UsualChoice | null;
  /**
   * Products reordered for this person: allergens removed; usual and bought products, stated
   * then learned brands and likes up; dislikes and diet misses down; otherwise the given order.
   */
  rankProducts(userId: number, products: readonly Product[]): Product[];
  /**
   * {@link rankProducts} plus what was left out and why ("contains peanuts"), so a reply can say
   * "I left out 9 peanut butters because of your peanut allergy" instead of "nothing found".
   */
  screenProducts(userId: number, products: readonly Product[]): ScreenedProducts;
  /**
   * What this person should hear before a product goes on their list ("contains peanuts",
   * "isn't vegan"), read once per call; undefined when they stated no allergy or diet.
   */
  concerns(userId: number): ((product: Product) => string | undefined) | undefined;
  /** Why this person would want to hear about `product` (deal alerts), or null. */
  interestedIn(userId: number, product: Product): ProductInterest | null;
  /** The products (of many, e.g. today's deals) this person would want to hear about, with why; reads their profile once. */
  interestsIn(userId: number, products: readonly Product[]): { product: Product; interest: ProductInterest }[];
  /** Deletes every preference, habit and memory of this person. */
  forgetEverything(userId: number): Promise<void>;
  /** Resolves when background writes to the vector memory have finished. */
  flush(): Promise<void>;
  /** Finishes background writes and releases the vector memory. */
  close(): Promise<void>;
}

/**
 * Creates the preference memory, with its vectors in ChromaDB when `chromaUrl` is set and in the
 * database otherwise (sqlite-vec in the SQLite file, `real[]` rows on PostgreSQL). Nothing connects until a memory is written or recalled.
 *
 * @example
 * const memory = createPreferenceMemory({ stores: createMemoryStores(conn), chromaUrl: config.chromaUrl, embedder: createEmbedder({ ... }) });
 * await memory.remember(userId, 'allergy', 'peanuts');
 * memory.rankProducts(userId, hits.map((h) => h.product)); // no peanut butter
 */
export function createPreferenceMemory(opts: PreferenceMemoryOptions): PreferenceMemory {
  const { stores } = opts;
  const now = opts.now ?? Date.now;
  const embedder = opts.embedder ?? createLocalEmbedder();
  const vectors = opts.vectors ?? (opts.chromaUrl ? createChromaVectorMemory({ url: opts.chromaUrl, embedder }) : stores.embeddedVectors(embedder, now));
  const store = opts.preferences ?? createPreferenceStore(stores.preferences, now);
  const habits = createProductHabits({ repository: stores.habits, transactor: stores.transactor, now });
  const defaultMinScore = opts.recallMinScore ?? (embedder.id.startsWith('local-') ? 0.25 : 0.5);
  const report = opts.onError ?? (() => {});
  const fallback = createLocalEmbedder();

  // Per-person queue, so a recall sees the writes scheduled before it and writes never interleave.
  const queues = new Map<number, Promise<unknown>>();
  const serialized = <T>(userId: number, fn: () => Promise<T>): Promise<T> => {
    const run = (queues.get(userId) ?? Promise.resolve()).then(fn);
    const settled = run.then(
      () => {},
      () => {},
    );
    queues.set(userId, settled);
    void settled.then(() => queues.get(userId) === settled && queues.delete(userId));
    return run;
  };

  /** The memories SQLite says this person should have. */
  const wanted = (userId: number): MemoryRecord[] => [
    ...store.list(userId).map((p) => preferenceMemory(p.kind, p.value, p.source)),
    ...habits.usuals(userId).map(usualMemory),
  ];
  // What each person's vector memory was last brought in line with; a restart re-checks once.
  const synced = new Map<number, string>();
  const sync = async (userId: number) => {
    const records = wanted(userId);
    const signature = records.map((r) => JSON.stringify(r)).sort().join('\n');
    if (synced.get(userId) === signature) return;
    const present = new Map((await vectors.list(userId)).map((r) => [r.id, r]));
    const ours = new Set(records.map((r) => r.id));
    const changed = records.filter((r) => {
      const had = present.get(r.id);
      return had?.text !== r.text || JSON.stringify(had.metadata) !== JSON.stringify(r.metadata);
    });
    await vectors.add(userId, changed);
    for (const id of present.keys()) if (isDerived(id) && !ours.has(id)) await vectors.delete(userId, id);
    synced.set(userId, signature);
  };
  const syncInBackground = (userId: number, during: string) => {
    serialized(userId, () => sync(userId)).catch((err: unknown) => report(err, during));
  };

  /** Recall from SQLite alone, for when the vector memory cannot answer. */
  const localRecall = (userId: number, text: string, k: number, minScore: number, kinds?: readonly string[]): MemoryHit[] => {
    const query = fallback.embedSync(text);
    return wanted(userId)
      .filter((r) => !kinds?.length || kinds.includes(r.kind))
      .map((r) => ({ ...r, score: cosine(query, fallback.embedSync(r.text)) }))
      .filter((h) => h.score >= Math.min(minScore, 0.25))
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, k);
  };

  const flush = async () => {
    while (queues.size) await Promise.all([...queues.values()]);
  };

  return {
    backend: vectors.backend,
    preferences: store,
    async remember(userId, kind, value) {
      const isNew = store.remember(userId, kind, value);
      await serialized(userId, () => sync(userId)).catch((err: unknown) => report(err, 'remember'));
      return isNew;
    },
    async forget(userId, kind, value) {
      const had = store.forget(userId, kind, value);
      await serialized(userId, () => sync(userId)).catch((err: unknown) => report(err, 'forget'));
      return had;
    },
    list: (userId, kind) => store.list(userId, kind),
    async recall(userId, text, recallOpts = {}) {
      const k = recallOpts.k ?? 5;
      const minScore = recallOpts.minScore ?? defaultMinScore;
      try {
        return await serialized(userId, async () => {
          await sync(userId);
          return vectors.search(userId, text, k, { minScore, kinds: recallOpts.kinds });
        });
      } catch (err) {
        report(err, 'recall');
        return localRecall(userId, text, k, minScore, recallOpts.kinds);
      }
    },
    learnFromPick(userId, product, itemName) {
      habits.recordPick(userId, product, itemName);
      if (product.brand) store.remember(userId, 'brand', product.brand, { source: 'learned', weight: 1 });
      syncInBackground(userId, 'learnFromPick');
    },
    learnFromOrders(userId) {
      const learned = habits.rebuildFromOrders(userId);
      syncInBackground(userId, 'learnFromOrders');
      return learned;
    },
    usualProductFor: (userId, itemName) => habits.usualFor(userId, itemName)?.productId ?? null,
    usualChoice: (userId, itemName) => habits.usualFor(userId, itemName),
    rankProducts: (userId, products) => screenForProfile(loadProfile(store, habits, userId), products).products,
    // What was stated is all an allergy or a diet can come from: no habits to read.
    concerns: (userId) => {
      const profile = loadProfile(store, undefined, userId);
      return hasDietaryRules(profile) ? (product) => concernForProfile(profile, product) ?? undefined : undefined;
    },
    screenProducts: (userId, products) => screenForProfile(loadProfile(store, habits, userId), products),
    interestedIn: (userId, product) => interestForProfile(loadProfile(store, habits, userId), product),
    interestsIn(userId, products) {
      const profile = loadProfile(store, habits, userId);
      return products.flatMap((product) => {
        const interest = interestForProfile(profile, product);
        return interest ? [{ product, interest }] : [];
      });
    },
    async forgetEverything(userId) {
      stores.transactor.atomically(() => {
        stores.preferences.removeAll(userId);
        stores.habits.removeAll(userId);
      });
      synced.delete(userId);
      await serialized(userId, () => vectors.clear(userId));
    },
    flush,
    async close() {
      await flush();
      await vectors.close();
    },
  };
}

/** Memories this service derives from SQLite (others, written by other callers, are left alone). */
function isDerived(id: string): boolean {
  return id.startsWith('pref:') || id.startsWith('usual:');
}
