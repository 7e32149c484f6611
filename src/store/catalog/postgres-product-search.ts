import type { SqlConnection } from '../sql.js';
import { candidateColumns, filterClause, toRanked, type CandidateRow, type ProductSearchReads, type SearchFilters, type SearchTerm } from './product-search.js';

/**
 * The text-search configuration of the search document (PostgreSQL migration 002). SQLite's FTS5
 * table uses the porter stemmer ("bananas" finds "banana"); 'english' is PostgreSQL's nearest
 * (snowball), where 'simple' would only find words as typed.
 */
export const SEARCH_TEXT_CONFIG = 'english';

/** A product's aliases as SQLite's `products_fts.aliases` holds them, for the candidates read. */
const ALIASES = "(SELECT string_agg(a.alias, ' ; ' ORDER BY a.alias) FROM product_aliases a WHERE a.product_id = p.id)";

/**
 * ts_rank weights for {D, C, B, A}: brand, aliases, name, category, in the proportions of the
 * SQLite bm25 weights (1.5, 3, 4, 8).
 */
const WEIGHTS = "'{0.15, 0.3, 0.4, 0.8}'";
/**
 * The rank is `ts_rank_cd` (cover density: the words close together, as a product's own name has
 * them, count more than the same words spread over aliases) divided by the document's length
 * (normalization 2), which stands in for bm25's saturation and length normalization: without it
 * a product that repeats a word in its name, category and aliases ("chocolate chips") outranks
 * the bar people mean, and an alias that names a rival ("tide pods" on Gain Flings) outranks
 * the product itself. It gives 0..1 where bm25 gives about -1..-20: scaled so the nudges ranking
 * adds (a category or alias that is the query, popularity, stock) weigh about as they do over
 * SQLite.
 */
const RANK_SCALE = 60;
/** What a category match scores, as on SQLite. */
const CATEGORY_BM = -10;

/**
 * Product search on PostgreSQL: `products.search`, the weighted tsvector migration 002 keeps by
 * triggers (GIN-indexed), in place of the FTS5 table, and pg_trgm similarity on the name
 * (`products_name_trgm_idx`) for the last-resort "any word" match,
 * where a typo the lexicon could not correct may still find the product (`%`: pg_trgm's
 * similarity threshold, 0.3 by default, through the name's trigram index).
 */
export function postgresSearch(conn: SqlConnection): ProductSearchReads {
  const probe = conn.statement(`SELECT 1 FROM products WHERE search @@ to_tsquery('${SEARCH_TEXT_CONFIG}', ?) LIMIT 1`);
  const rows = (sql: string, params: unknown[]) => conn.statement<CandidateRow>(sql).all(...params).map(toRanked);
  const rank = `-ts_rank_cd(${WEIGHTS}, p.search, q, 2) * ${RANK_SCALE}`;
  return {
    popular(filters, limit) {
      const { where, params } = postgresFilters(filters);
      return rows(`SELECT ${candidateColumns('0', 'NULL')} FROM products p WHERE 1 = 1${where} ORDER BY p.popularity DESC, p.id LIMIT ?`, [...params, limit]);
    },
    inCategories(categories, filters, limit) {
      const { where, params } = postgresFilters(filters);
      return rows(
        `SELECT ${candidateColumns(String(CATEGORY_BM), 'NULL')} FROM products p WHERE p.category IN (${categories.map(() => '?').join(',')})${where}
         ORDER BY p.in_stock DESC, p.popularity DESC, p.id LIMIT ?`,
        [...categories, ...params, limit],
      );
    },
    matching(groups, join, filters, limit) {
      const query = toTsQuery(groups, join === 'all' ? ' & ' : ' | ');
      if (!query) return [];
      const { where, params } = postgresFilters(filters);
      if (join === 'all') {
        return rows(
          `SELECT ${candidateColumns(rank, ALIASES)}
           FROM products p CROSS JOIN to_tsquery('${SEARCH_TEXT_CONFIG}', ?) q
           WHERE p.search @@ q${where} ORDER BY bm, p.id LIMIT ?`,
          [query, ...params, limit],
        );
      }
      // The last resort: any word, or a name that looks like what was typed.
      const typed = groups.map((alts) => alts[0]?.words.join(' ') ?? '').join(' ');
      return rows(
        `SELECT ${candidateColumns(`${rank} - similarity(p.name, ?) * ${RANK_SCALE}`, ALIASES)}
         FROM products p CROSS JOIN to_tsquery('${SEARCH_TEXT_CONFIG}', ?) q
         WHERE (p.search @@ q OR p.name % ?)${where} ORDER BY bm, p.id LIMIT ?`,
        [typed, query, typed, ...params, limit],
      );
    },
    isIndexed(word) {
      const lexeme = tsWord(word);
      return lexeme ? probe.get(lexeme) !== undefined : false;
    },
  };
}

/**
 * Groups as a tsquery: groups joined by `join`, terms ORed, a term's words ANDed, the last as a
 * prefix (`:*`) when asked. Words are quoted lexemes, so nothing typed is read as an operator.
 */
export function toTsQuery(groups: readonly (readonly SearchTerm[])[], join: ' & ' | ' | '): string {
  const parts: string[] = [];
  for (const alts of groups) {
    const terms: string[] = [];
    for (const a of alts) {
      const words = a.words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter(Boolean);
      if (!words.length) continue;
      terms.push(words.map((w, k) => `${tsWord(w)}${a.prefix && k === words.length - 1 ? ':*' : ''}`).join(' & '));
    }
    if (terms.length) parts.push(`(${terms.map((t) => `(${t})`).join(' | ')})`);
  }
  return parts.join(join);
}

/** One word as a quoted tsquery lexeme; empty when nothing searchable is left. */
function tsWord(word: string): string {
  const w = word.replace(/[^\p{L}\p{N}]+/gu, '');
  return w ? `'${w}'` : '';
}

/** Filters in PostgreSQL, where `=` is case-sensitive: both sides lower-cased. */
function postgresFilters(f: SearchFilters): { where: string; params: unknown[] } {
  return filterClause(f, (col) => `lower(${col}) = ?`, (v) => v.trim().toLowerCase());
}
