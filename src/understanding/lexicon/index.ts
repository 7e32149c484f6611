/**
 * The lexicon: every word list the understanding leans on, one file per family, plain data. The
 * engine (src/understanding/engine/) holds no grocery words; the intents
 * (src/understanding/intents/) spell their own phrasings and read these families. A new way of
 * saying a filler, a list's name or an off-topic thing is a line here.
 */
export * from './phrases.js';
export * from './acts.js';
export * from './fillers.js';
export * from './off-topic.js';
export * from './preferences.js';
export * from './remarks.js';
export * from './view-words.js';
export * from './list-names.js';
export * from './corrections.js';
export * from './conditions.js';
export * from './participles.js';
export * from './request-verbs.js';
export * from './topics.js';
export * from './typos.js';
export * from './orders.js';
export * from './list-phrases.js';
export * from './item-words.js';
export * from './clause-starters.js';
export * from './references.js';
export * from './money.js';
export * from './people.js';
export * from './kinds.js';
export * from './grocery-words.js';
export * from './restatements.js';
