/**
 * The text-search configuration product search uses on PostgreSQL. SQLite's FTS5 table uses the
 * porter stemmer ("bananas" finds "banana"); 'english' is PostgreSQL's nearest (snowball), where
 * 'simple' would only find words as typed. The search column itself (`products.search`, weighted
 * category A, name B, aliases C, brand D, kept by triggers) is PostgreSQL migration 2, which
 * uses the same configuration.
 */
export const SEARCH_TEXT_CONFIG = 'english';
