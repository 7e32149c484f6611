/**
 * Asking to order the list ("order it", "check out my list", "send my list to walmart") and to
 * pay less ("something cheaper than ...", "a cheaper coffee").
 * Phrases are written as typed after tokenizing (contractions expanded: "don't" is "do not").
 */
import { phrasesOf } from './phrases.js';

/** What a list is checked out to: the cart the checkout fills ("put my list in a walmart cart"). */
export const CHECKOUT_PLACES = '[walmart|walmart cart|the walmart cart|a walmart cart|my walmart cart|walmart basket|walmart order|my cart|the cart|a cart|checkout]';

/** The whole list, said as what to order ("order everything", "order the groceries"). */
export const ORDER_OBJECTS = '[it|this|everything|it all|all of it|all|the lot|the whole thing|all of them|them|the groceries|my groceries|our groceries|the stuff|everything on it|everything on there|what is on it]';

/** Where an order goes, said after it: "order the list from walmart". */
export const CHECKOUT_TAIL = '[now|online|for me|from walmart|through walmart|on walmart|at walmart|with walmart|]';

/** Saying it is time to order ("i am ready to check out", "time to checkout"). */
export const CHECKOUT_WORDS = '[check out|checkout|order|place the order|place my order|place an order|pay]';

/** What says a product should cost less than the one named: "cheaper", "less expensive", "too pricey". */
export const CHEAPER_PHRASES: readonly string[] = phrasesOf('cheaper', 'less expensive', 'more affordable', 'less pricey', 'lower priced', 'lower price', 'not as expensive',
  '[is|are] too [expensive|pricey|dear]');

/** The words for "cheaper" before a kind of thing: "a cheaper coffee", "a less expensive option". */
export const CHEAPER = '[cheaper|less expensive|more affordable|less pricey|lower priced]';
