/** Handing a list off for ordering: a Walmart add-to-cart link and the list by aisle to share. */
export { checkout, walmartItemId, WALMART_ADD_TO_CART, type Checkout } from './checkout.js';
