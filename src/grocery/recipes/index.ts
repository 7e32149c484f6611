export { DISHES, findDish, type Dish } from './recipes.js';
