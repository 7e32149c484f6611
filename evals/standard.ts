/**
 * The labelling standard of docs/understanding.md as data: which tools exist, which arguments
 * each may carry, which units are canonical and which acts there are. The data checks in
 * tests/evals use it, and the runner uses the tool list to order its tables.
 */

/** Argument names each tool accepts (DESIGN.md's contract tools plus the extra list tools). */
export const TOOL_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  search_products: ['query', 'category', 'brand', 'minPrice', 'maxPrice', 'inStock', 'sort', 'limit'],
  get_price: ['productId', 'query'],
  add_to_list: ['items', 'list'],
  remove_from_list: ['items', 'list'],
  update_list_item: ['name', 'quantity', 'unit', 'productId', 'note', 'list'],
  view_list: ['list', 'item'],
  clear_list: ['list'],
  create_list: ['name'],
  match_deals: ['list', 'items'],
  find_substitutes: ['productId', 'name', 'maxPriceDifference', 'preferredBrands', 'avoidBrands'],
  list_total: ['list'],
  set_budget: ['amount', 'period'],
  track_price: ['productId', 'name', 'targetPrice'],
  stop_tracking: ['productId', 'name'],
  remember_preference: ['kind', 'value'],
  forget_preference: ['value', 'kind'],
  what_you_know: [],
  rename_list: ['list', 'name'],
  delete_list: ['list'],
  share_list: ['list'],
  join_list: ['code'],
  leave_list: ['list'],
  ingredients_for: ['dish', 'list'],
  check_item: ['name', 'list', 'checked'],
  remove_checked: ['list'],
  export_list: ['list'],
  checkout_list: ['list'],
};

/** Every tool name, in the order the tables print them. */
export const TOOL_NAMES: readonly string[] = Object.keys(TOOL_ARGUMENTS);

/** Arguments without which a call means nothing. */
export const REQUIRED_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  add_to_list: ['items'],
  remove_from_list: ['items'],
  update_list_item: ['name'],
  create_list: ['name'],
  set_budget: ['amount'],
  remember_preference: ['kind', 'value'],
  forget_preference: ['value'],
  rename_list: ['name'],
  delete_list: ['list'],
  join_list: ['code'],
  ingredients_for: ['dish'],
  check_item: ['name'],
};

/** Fields an item of `add_to_list` may have. */
export const ADD_ITEM_FIELDS: readonly string[] = ['name', 'quantity', 'unit', 'productId', 'brand', 'note'];

/** Fields an item of `remove_from_list` may have. */
export const REMOVE_ITEM_FIELDS: readonly string[] = ['name', 'quantity'];

/** Units as the standard spells them; any "N-pack" is canonical too. */
export const CANONICAL_UNITS: readonly string[] = [
  'gal', 'qt', 'pt', 'cup', 'fl oz', 'l', 'ml', 'lb', 'oz', 'kg', 'g',
  'pack', 'can', 'bottle', 'box', 'bag', 'loaf', 'bunch', 'jar', 'carton', 'head', 'stick', 'roll',
  'bar', 'tub', 'container', 'case', 'block', 'slice', 'piece', 'package',
];

/** True for a canonical unit, including "12-pack", "6-pack" and other N-packs. */
export function isCanonicalUnit(unit: string): boolean {
  return CANONICAL_UNITS.includes(unit) || /^\d+-pack$/.test(unit);
}

/** Conversational acts that are not tools. */
export const ACTS: readonly string[] = ['yes', 'no', 'cancel', 'undo', 'help', 'greeting', 'thanks'];

/** Tools that change or show a list's lines: the "list operations" share of the data. */
export const LIST_OPERATION_TOOLS: readonly string[] = [
  'add_to_list', 'remove_from_list', 'view_list', 'clear_list', 'update_list_item',
];

/** `sort` values of `search_products`. */
export const SORT_VALUES: readonly string[] = ['relevance', 'price', 'unit_price', 'rating'];

/** `kind` values of `remember_preference`. */
export const PREFERENCE_KINDS: readonly string[] = ['likes', 'dislikes', 'diet', 'allergy', 'brand', 'store'];

/** `period` values of `set_budget`. */
export const BUDGET_PERIODS: readonly string[] = ['week', 'month'];
