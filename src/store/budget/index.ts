/** Budgets, and the orders and time zone they are measured against. */
export { createBudgetRepository, type BudgetRecord, type BudgetRepository } from './budget-repository.js';
